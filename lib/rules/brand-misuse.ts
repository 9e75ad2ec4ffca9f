// Using another company's brand to sell your own goods — 戴森平替, 优衣库同款, 香奈儿风 — is 商标侵权 and
// 淘宝/抖店 remove such listings under their 知识产权 rules. A brand on its own is not flagged (resellers
// of genuine goods name it); the seller's own brands are never flagged (settings: ownBrands).
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';

export default defineRule({
  meta: {
    id: 'brand-misuse',
    input: 'title',
    severity: 'error',
    description: { zh: '借用他人品牌（同款/平替/风）', en: "Borrowing another brand (同款/平替/风 — 'same as', 'dupe', 'style')" },
    options: z.object({
      after: z.array(z.string()).default(['同款', '平替', '替代', '风', '款式', '同厂', '代工', '原单', '复刻', '级别', '类似']),
      before: z.array(z.string()).default(['平替', '仿', '高仿', '类', '媲美', '对标', '比肩']),
      /** How many characters may stand between the brand and the marker. */
      gap: z.number().int().min(0).default(2),
    }),
    sources: { rule: '《商标法》第五十七条；淘宝《知识产权保护规则》、抖店《商品信息发布规范》：不得借用他人品牌描述商品' },
    messages: {
      misuse: { zh: '「{text}」借用品牌「{brand}」描述商品，属于商标侵权风险，会被平台删除，请删除品牌名与“{marker}”', en: '"{text}" borrows the brand "{brand}" ("{marker}"): a trademark risk the platform removes; drop the brand' },
    },
    score: { part: 'compliance', weight: 5 },
  },
  check(listing, options, context) {
    const scan = scanTitle(context, listing.title);
    const text = scan.norm.text;
    for (const hit of scan.brands) {
      const after = text.slice(hit.normEnd, hit.normEnd + options.gap + 2);
      const before = text.slice(Math.max(0, hit.normStart - options.gap - 2), hit.normStart);
      const marker =
        options.after.find((m) => after.slice(0, options.gap + m.length).includes(m)) ??
        options.before.find((m) => before.slice(-(options.gap + m.length)).includes(m));
      if (!marker) continue;
      context.report({
        messageId: 'misuse',
        data: { text: hit.text, brand: hit.brand.name, marker },
        start: hit.start,
        end: hit.end,
        text: hit.text,
        suggestions: [''],
      });
    }
  },
});
