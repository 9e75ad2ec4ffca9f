// The characters a title has left are search entries given away: when the seller's own search data
// has words worth adding that still fit, name them (the fill suggestion: lib/keywords/fill.ts).
// Not part of the structural title score: the keyword score is its own number.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { titleKeywords } from '../engine/title';
import { bestValue, fillSuggestion, scoreFrom } from '../keywords/fill';
import { FOREIGN_ANCHOR } from '../keywords/title';

export default defineRule({
  meta: {
    id: 'title-keyword-coverage',
    input: 'title',
    severity: 'warn',
    description: { zh: '标题还有空位，却漏了词库里高价值的搜索词', en: 'High-value search terms missing while the title has room' },
    options: z.object({
      /** Characters left below which the title counts as full. */
      minLeft: z.number().int().min(1).default(4),
      /** Keyword-score points (of 100) the fill must add to be worth a finding. */
      minGain: z.number().min(0).default(5),
    }),
    sources: {
      rule: '运营手册：标题写满 60 字符，用生意参谋搜索词（搜索人气 × 点击率 × 转化率 ÷ 在线商品数）选词补位',
      minLeft: '最短的搜索词是两个汉字（4 字符）',
      minGain: '关键词得分提高不到 5 分（满分 100）不值得打扰',
    },
    messages: {
      missing: { zh: '还剩 {left} 字符，可补充「{words}」，多覆盖 {count} 个买家搜索词，关键词得分 {from} → {to}', en: '{left} characters left: add "{words}" to match {count} more buyer searches (keyword score {from} → {to})' },
      noMatch: { zh: '词库里没有与「{core}」相关的搜索词，请导入这个类目的搜索词数据', en: 'No term of your keyword data is about "{core}": import search terms for this category' },
    },
  },
  check(listing, options, context) {
    const state = titleKeywords(context, listing);
    if (!state || !listing.title.trim()) return;
    if (state.anchor === FOREIGN_ANCHOR && state.total === 0) {
      const core = state.scan.words.find((w) => w.kind === 'core')!;
      context.report({ messageId: 'noMatch', severity: 'info', data: { core: core.word } });
      return;
    }
    if (state.max - state.width < options.minLeft) return;
    const opts = { platform: context.platform, category: listing.category };
    const fill = fillSuggestion(context.keywords!, state, opts);
    const best = bestValue(context.keywords!, state, opts);
    const [from, to] = [scoreFrom(state.captured, best), scoreFrom(state.captured + fill.addedValue, best)];
    if (!fill.terms.length || to - from < options.minGain) return;
    context.report({
      messageId: 'missing',
      data: { left: state.max - state.width, words: fill.terms.join(' '), count: fill.covers.length, from, to },
      suggestions: fill.terms,
    });
  },
});
