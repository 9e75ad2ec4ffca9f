// 广告法 banned words in the title, matched after normalisation (width, 繁体, separators) so that
// 最 好 / 最-佳 / ＮＯ．１ are caught, with the exemptions SAMR's 2023 guideline allows (最近, 第一时间 …).
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';
import { CATEGORY_LABELS } from '../lexicon/labels';

export default defineRule({
  meta: {
    id: 'banned-word',
    input: 'title',
    severity: 'error',
    description: { zh: '标题含广告法禁用词或需资质证明的用语', en: 'Title uses words banned by the Advertising Law or needing proof' },
    options: z.object({}),
    sources: { rule: '《中华人民共和国广告法》第九、十六、十七、二十四、二十八条；市场监管总局《广告绝对化用语执法指南》(2023)' },
    messages: {
      banned: { zh: '「{text}」属于{category}，违反{source}，建议删除或改为：{replacements}', en: '"{text}" is {categoryEn}, banned by {source}; remove it or use: {replacements}' },
      bannedNoReplacement: { zh: '「{text}」属于{category}，违反{source}，请删除', en: '"{text}" is {categoryEn}, banned by {source}; remove it' },
      needsProof: { zh: '「{text}」属于{category}，需有资质或证明才可使用（{source}）', en: '"{text}" is {categoryEn}: allowed only with proof or a licence ({source})' },
    },
    score: { part: 'compliance', weight: 25 },
  },
  check(listing, _options, context) {
    for (const hit of scanTitle(context, listing.title).banned) {
      const { entry } = hit;
      const label = CATEGORY_LABELS[entry.category];
      const replacements = entry.replacements;
      context.report({
        messageId: entry.severity !== 'error' ? 'needsProof' : replacements.length ? 'banned' : 'bannedNoReplacement',
        severity: entry.severity,
        data: { text: hit.text, category: label.zh, categoryEn: label.en, source: entry.source, replacements: replacements.join('、') },
        start: hit.start,
        end: hit.end,
        text: hit.text,
        category: entry.category,
        suggestions: replacements,
        source: entry.source,
        // A word that only needs proof costs half: the seller may well have it.
        weight: entry.severity === 'error' ? 1 : 0.5,
      });
    }
  },
});
