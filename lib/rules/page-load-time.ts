// Page load time, measured by the browser (Performance API) — so never in the command line, where
// `loadMs` is absent and the rule stays silent.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';

export default defineRule({
  meta: {
    id: 'page-load-time',
    input: 'page',
    severity: 'warn',
    description: { zh: '页面加载超过 3 秒', en: 'The page takes over 3 s to load' },
    options: z.object({ maxMs: z.number().positive().default(3000) }),
    sources: { maxMs: '运营手册：详情页加载 ≤ 3 秒' },
    messages: {
      slow: { zh: '页面加载用了 {seconds} 秒，超过 {max} 秒：压缩主图和详情图（单张 ≤ 300KB），减少首屏图片数', en: 'The page took {seconds} s to load, over {max} s: compress images (≤ 300 KB each) and load fewer above the fold' },
      slowImages: {
        zh: '页面加载用了 {seconds} 秒，超过 {max} 秒；图片共 {imageKb}KB，最大一张 {largestKb}KB：压缩到单张 ≤ 300KB',
        en: 'The page took {seconds} s to load, over {max} s; images weigh {imageKb} KB, the largest {largestKb} KB: compress each to ≤ 300 KB',
      },
    },
    score: { part: 'speed', weight: 10 },
  },
  check(page, { maxMs }, context) {
    if (page.loadMs === undefined || page.loadMs <= maxMs) return;
    const seconds = (page.loadMs / 1000).toFixed(1);
    const max = maxMs / 1000;
    const weights = [...page.mainImages, ...page.description.flatMap((b) => (b.kind === 'image' ? [b.image] : []))].flatMap((i) => (i.bytes ? [i.bytes] : []));
    // Just over the limit loses half the points, twice the limit or more all of them.
    const weight = Math.min(1, 0.5 + (page.loadMs - maxMs) / (2 * maxMs));
    if (weights.length)
      context.report({
        messageId: 'slowImages',
        data: { seconds, max, imageKb: Math.round(weights.reduce((a, b) => a + b, 0) / 1024), largestKb: Math.round(Math.max(...weights) / 1024) },
        weight,
      });
    else context.report({ messageId: 'slow', data: { seconds, max }, weight });
  },
});
