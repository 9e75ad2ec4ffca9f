import { expect, test } from './extension';

test('the extension loads: service worker up, popup renders in Chinese', async ({ extensionId, openPopup }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await openPopup();
  await expect(popup.locator('body')).toContainText('店检');
});
