// 标题堆砌: the same keyword written twice, or three words that mean the same to a buyer (女装/女士/女款).
// 淘宝《搜索作弊规则》treats keyword stuffing as 滥用关键词 and demotes the listing. Two synonyms are
// only a note: operators often write both on purpose when buyers search both (充电宝 移动电源).
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
      /** How many words of one synonym group make stuffing (fewer are a note). */
      synonyms: z.number().int().min(2).default(3),
    }),
    sources: {
      rule: '淘宝《搜索作弊规则》：标题滥用关键词（堆砌）降权；运营手册：标题不堆砌',
      minLength: '单字（女、男、款）重复不算堆砌',
      synonyms: '运营手册：同义词写两个可覆盖两种搜索，写三个以上即堆砌',
    },
    messages: {
      repeated: { zh: '「{word}」重复出现，属于关键词堆砌，删去重复的一个，把位置留给新的属性词', en: '"{word}" appears twice: keyword stuffing. Drop the repeat and use the space for a new attribute' },
      synonym: { zh: '「{word}」与「{first}」意思相同，同义词写了 {count} 个，属于堆砌，保留买家最常搜的一个', en: '"{word}" means the same as "{first}": {count} synonyms is stuffing; keep the one buyers search most' },
      synonymPair: { zh: '「{word}」与「{first}」意思相同：若两个词买家都常搜可保留，否则留一个，把位置让给新的属性词', en: '"{word}" means the same as "{first}": keep both only if buyers search both' },
    },
    score: { part: 'clean', weight: 10 },
  },
  check(listing, options, context) {
    const scan = scanTitle(context, listing.title);
    const tokens = context.memo('title-tokens', () => tokenize(listing.title, scan.norm, scan.words));
    const seen = new Set<string>();
    const groups = new Map<number, { first: string; count: number }>();
    for (const token of tokens) {
      if (token.kind === 'other' && [...token.key].length < options.minLength) continue;
      if (/^\d+$/.test(token.key)) continue;
      const span = { start: token.start, end: token.end, text: token.text, suggestions: [''] };
      const group = context.words.synonymGroup.get(token.key);
      if (seen.has(token.key)) context.report({ messageId: 'repeated', data: { word: token.text }, ...span });
      else if (group !== undefined) {
        const members = groups.get(group);
        if (!members) groups.set(group, { first: token.text, count: 1 });
        else {
          members.count++;
          const data = { word: token.text, first: members.first, count: members.count };
          if (members.count >= options.synonyms) context.report({ messageId: 'synonym', data, ...span });
          else context.report({ messageId: 'synonymPair', severity: 'info', data, ...span, weight: 0.5 });
        }
      }
      seen.add(token.key);
    }
  },
});
