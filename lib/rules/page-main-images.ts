// Main images: the search result, the first screen and the gallery a buyer swipes. Fewer than five
// leaves detail, size, scene and white-background shots out.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';

export default defineRule({
  meta: {
    id: 'page-main-images',
    input: 'page',
    severity: 'warn',
    description: { zh: '主图少于 5 张', en: 'Fewer than 5 main images' },
    options: z.object({ min: z.number().int().positive().default(5) }),
    sources: { min: '运营手册：主图至少 5 张（淘宝/天猫主图位 5 个，抖店主图最多 10 张）' },
    messages: {
      few: {
        zh: '主图只有 {count} 张，补到 {min} 张：卖点图、细节图、场景图、尺码/参数图、白底图',
        en: 'Only {count} main image(s): add up to {min} — selling point, detail, scene, size chart, white background',
      },
    },
    score: { part: 'content', weight: 15 },
  },
  check(page, { min }, context) {
    const count = page.mainImages.length;
    if (count >= min) return;
    // Each missing image costs its share: 4 of 5 loses a fifth of the points, none loses all.
    context.report({ messageId: 'few', data: { count, min }, where: 'mainImages', weight: (min - count) / min });
  },
});
