// 标题堆砌: the same keyword, or words that mean the same to a buyer (女装/女士/女款), written more than
// once. 淘宝《搜索作弊规则》treats keyword stuffing as 滥用关键词 and demotes the listing.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';
import { tokenize } from '../text/segment';

export default defineRule({
  meta: {
    id: 'title-repeated-word',
    input: 'title',
    severity: 'warn',
    description: { zh: '标题堆砌：同一个词或同义词重复出现', en: 'Keyword stuffing: the same word or a synonym repeated' },
    options: z.object({
      /** Repeats of words shorter than this (in characters) are ignored, except lexicon words. */
      minLength: z.number().int().positive().default(2),
    }),
    sources: { rule: '淘宝《搜索作弊规则》：标题滥用关键词（堆砌）降权；运营手册：标题不堆砌' },
    messages: {
      repeated: { zh: '「{word}」重复出现，属于关键词堆砌，删去重复的一个，把位置留给新的属性词', en: '"{word}" appears twice: keyword stuffing. Drop the repeat and use the space for a new attribute' },
      synonym: { zh: '「{word}」与「{first}」意思相同，属于同义词堆砌，保留一个即可', en: '"{word}" means the same as "{first}": keep one' },
    },
    score: { part: 'clean', weight: 10 },
  },
  check(listing, options, context) {
    const scan = scanTitle(context, listing.title);
    const tokens = context.memo('title-tokens', () => tokenize(listing.title, scan.norm, scan.words));
    const seen = new Map<string, string>();
    const seenGroup = new Map<number, string>();
    for (const token of tokens) {
      if (token.kind === 'other' && [...token.key].length < options.minLength) continue;
      if (/^\d+$/.test(token.key)) continue;
      const first = seen.get(token.key);
      const group = context.words.synonymGroup.get(token.key);
      const firstOfGroup = group === undefined ? undefined : seenGroup.get(group);
      if (first !== undefined) {
        context.report({ messageId: 'repeated', data: { word: token.text }, start: token.start, end: token.end, text: token.text, suggestions: [''] });
      } else if (firstOfGroup !== undefined) {
        context.report({ messageId: 'synonym', data: { word: token.text, first: firstOfGroup }, start: token.start, end: token.end, text: token.text, suggestions: [''] });
      }
      seen.set(token.key, token.text);
      if (group !== undefined && firstOfGroup === undefined) seenGroup.set(group, token.text);
    }
  },
});
