// The parameter table answers 材质/尺码/产地 before a buyer asks customer service; missing or thin, the
// questions (and the returns) come anyway.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';

export default defineRule({
  meta: {
    id: 'page-spec-table',
    input: 'page',
    severity: 'warn',
    description: { zh: '没有参数表或参数过少', en: 'No parameter table, or a thin one' },
    options: z.object({ minRows: z.number().int().positive().default(5) }),
    sources: {
      rule: '运营手册：详情页 = 首屏痛点/利益点 + 场景图 + 参数表 + 买家评价',
      minRows: 'ShopLint 默认：少于 5 项通常缺材质、尺码、产地、适用人群、款式中的几项（可在设置中调整）',
    },
    messages: {
      missing: { zh: '页面上没有参数表：补充材质、尺码、产地、适用人群等商品属性', en: 'No parameter table: add material, size, origin, who it is for' },
      thin: { zh: '参数只有 {count} 项，少于 {minRows} 项：补齐材质、尺码、产地、适用人群等', en: 'Only {count} parameters (under {minRows}): add material, size, origin, who it is for' },
    },
    score: { part: 'content', weight: 10 },
  },
  check(page, { minRows }, context) {
    const count = page.specs.length;
    if (count === 0) context.report({ messageId: 'missing', where: 'specs' });
    else if (count < minRows) context.report({ messageId: 'thin', severity: 'info', data: { count, minRows }, where: 'specs' });
  },
});
