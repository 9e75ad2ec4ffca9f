// Decorative symbols (【】★！~~~, emoji) and repeated punctuation waste title width, read as spam and are
// filtered by search: 淘宝《商品发布规范》asks for plain titles without special symbols.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { isDecoration, isSymbol } from '../text/decoration';


/** Decoration characters that spend all of the rule's points. */
const DECORATION_BUDGET = 4;

export default defineRule({
  meta: {
    id: 'title-symbols',
    input: 'title',
    severity: 'warn',
    description: { zh: '标题含特殊符号、表情或重复标点', en: 'Title has decorative symbols, emoji or repeated punctuation' },
    options: z.object({}),
    sources: { rule: '淘宝《商品发布规范》：标题不使用特殊符号；运营手册：标题无噪音字符' },
    messages: {
      symbol: { zh: '「{text}」是装饰符号，占用标题字数且影响搜索，建议删除或换成空格', en: '"{text}" is decoration: it uses title width and hurts search; remove it or use a space' },
      repeated: { zh: '「{text}」重复标点，看起来像广告刷屏，保留一个或删除', en: '"{text}": repeated punctuation reads as spam; keep one or remove it' },
    },
    score: { part: 'clean', weight: 5 },
  },
  check(listing, _options, context) {
    const chars = [...listing.title];
    let offset = 0;
    for (let i = 0; i < chars.length; ) {
      const ch = chars[i]!;
      let j = i + 1;
      let messageId: 'symbol' | 'repeated' | undefined;
      if (isDecoration(ch)) {
        // A run of decoration (★★★, 【 … 】 brackets, !!!) is one finding.
        while (j < chars.length && isDecoration(chars[j]!)) j++;
        messageId = 'symbol';
      } else if (isSymbol(ch) && ch !== ' ' && chars[j] === ch) {
        while (j < chars.length && chars[j] === ch) j++;
        messageId = 'repeated';
      }
      if (messageId) {
        const text = chars.slice(i, j).join('');
        // Each finding costs its share of the part by its characters, so a title full of decoration loses
        // more than one stray ！ (the part's points are spent after DECORATION_BUDGET characters).
        const weight = Math.min(1, (j - i) / DECORATION_BUDGET);
        context.report({ messageId, data: { text }, start: offset, end: offset + text.length, text, suggestions: [messageId === 'repeated' ? ch : ' '], weight });
      }
      for (; i < j; i++) offset += chars[i]!.length;
    }
  },
});
