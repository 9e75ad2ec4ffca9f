// A description that is only pictures cannot be read by search, by screen readers, or by a buyer on a
// slow connection while the images load: some of it should be real text.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';

export default defineRule({
  meta: {
    id: 'page-text-only-images',
    input: 'page',
    severity: 'warn',
    description: { zh: '详情全是图片，没有文字', en: 'The description is all images, no text' },
    options: z.object({ minTextChars: z.number().int().positive().default(30) }),
    sources: {
      rule: '运营手册：详情页文字需可被搜索与阅读（图片中的文字无法被搜索引擎与读屏软件识别）',
      minTextChars: 'ShopLint 默认：至少一两句（30 字）真实文字',
    },
    messages: {
      imagesOnly: {
        zh: '详情有 {images} 张图，文字只有 {chars} 字：把核心卖点、材质、尺码建议写成文字，搜索和读屏都能读到',
        en: 'The description has {images} images and only {chars} characters of text: write the key selling points, material and size advice as text',
      },
    },
    score: { part: 'content', weight: 5 },
  },
  check(page, { minTextChars }, context) {
    const images = page.description.filter((b) => b.kind === 'image').length;
    if (images === 0) return;
    const chars = page.description.reduce((n, b) => n + (b.kind === 'text' ? [...b.text.replace(/\s/g, '')].length : 0), 0);
    if (chars < minTextChars) context.report({ messageId: 'imagesOnly', data: { images, chars }, where: 'desc' });
  },
});
