import { defineConfig } from 'wxt';

// Host permissions are exactly the seller and product pages the content scripts serve (CONTRACTS.md §3).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'ShopLint 店检',
    description: '淘宝/天猫/抖店 卖家助手：标题评分、广告法违禁词、到手价、详情页体检、店铺预警。数据只存在本机浏览器。',
    permissions: ['storage', 'alarms'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox asks every extension to declare what it collects: nothing leaves the browser.
        gecko: { id: 'shoplint@shoplint.local', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ build: { target: 'es2022' } }),
});
