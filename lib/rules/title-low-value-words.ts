// Characters spent on words no buyer in the seller's search data uses: each one is a place a
// searched word could have been. A word earns when it is part of a search term the title covers.
// Only said when the bank is large enough to know what a word is not worth, and never of the core
// word (what the product is) or of a banned word (banned-word says what to do with it).
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { titleKeywords } from '../engine/title';
import { toOriginalSpan } from '../text/normalise';
import { titleWidth } from '../text/width';

export default defineRule({
  meta: {
    id: 'title-low-value-words',
    input: 'title',
    severity: 'info',
    description: { zh: '标题里有没人搜索的词，占用了字符', en: 'Title spends characters on words nobody searches' },
    options: z.object({
      /** Terms that must fit the listing before a word is judged worthless. */
      minTerms: z.number().int().min(1).default(20),
      /** Words narrower than this (in characters) are not judged: 女, 款 are glue. */
      minWidth: z.number().int().min(1).default(4),
    }),
    sources: {
      rule: '运营手册：标题每个字符都是搜索入口，不放无人搜索的词',
      minTerms: '词库太小（如几条下拉词）时无法断定一个词没人搜',
      minWidth: '单个汉字（2 字符）多为连接词，不单独评价',
    },
    messages: {
      noValue: { zh: '「{word}」不在你的搜索词数据的任何已覆盖搜索词里，占用 {width} 字符，可换成有人搜的词', en: '"{word}" is in none of the searches your title matches: {width} characters a searched word could use' },
    },
  },
  check(listing, options, context) {
    const state = titleKeywords(context, listing);
    if (!state || state.total < options.minTerms) return;
    const bank = context.keywords!;
    const { scan } = state;
    // Which normalised characters belong to a part of a covered search term.
    const earning = new Uint8Array(scan.norm.text.length);
    const earns = new Uint8Array(bank.parts.length);
    for (let i = 0; i < bank.terms.length; i++)
      if (state.covered[i]) for (let k = bank.partStart[i]!; k < bank.partStart[i + 1]!; k++) earns[bank.partIds[k]!] = 1;
    for (const { part, start, end } of state.spans) if (earns[part]) earning.fill(1, start, end);
    const banned = (s: number, e: number) => scan.banned.some((b) => b.start < e && s < b.end);
    // The title's words: lexicon words, and the stretches between them.
    const segments: { s: number; e: number; core: boolean }[] = [];
    let at = 0;
    for (const w of scan.words) {
      if (w.normStart > at) segments.push({ s: at, e: w.normStart, core: false });
      segments.push({ s: w.normStart, e: w.normEnd, core: w.kind === 'core' });
      at = w.normEnd;
    }
    if (at < scan.norm.text.length) segments.push({ s: at, e: scan.norm.text.length, core: false });
    for (const { s, e, core } of segments) {
      if (core || earning.subarray(s, e).some((x) => x)) continue;
      const span = toOriginalSpan(scan.norm, s, e);
      const text = listing.title.slice(span.start, span.end);
      const width = titleWidth(text);
      if (width < options.minWidth || banned(span.start, span.end)) continue;
      context.report({ messageId: 'noValue', data: { word: text, width }, ...span, text, suggestions: [''] });
    }
  },
});
