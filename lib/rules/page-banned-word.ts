// 广告法 banned words anywhere a buyer reads them on the product page: the title and every text block
// of the description, scanned with the same word bank (and exemptions) as the listing title.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { CATEGORY_LABELS } from '../lexicon/labels';
import { pageTexts, whereLabel } from '../critique/where';
import { CLASS_EN, claimVerdict } from './banned-word';

export default defineRule({
  meta: {
    id: 'page-banned-word',
    input: 'page',
    severity: 'error',
    description: { zh: '详情页标题或描述文字含广告法禁用词', en: 'The product page title or description uses words banned by the Advertising Law' },
    options: z.object({}),
    sources: { rule: '《中华人民共和国广告法》第九、十六、十七、二十四、二十八条（详情页同属广告，适用同一规定）' },
    messages: {
      banned: { zh: '{place}「{text}」属于{category}（{source}），改为：{replacements}', en: '{placeEn}: "{text}" is {categoryEn} ({source}); use: {replacements}' },
      bannedNoReplacement: { zh: '{place}「{text}」属于{category}（{source}），请删除', en: '{placeEn}: "{text}" is {categoryEn} ({source}); remove it' },
      needsProof: { zh: '{place}「{text}」属于{category}，须有资质或证明才可使用（{source}）', en: '{placeEn}: "{text}" is {categoryEn}: allowed only with proof ({source})' },
      licence: { zh: '{place}「{text}」属于{category}：{productClass}须与批准文号或注册证一致，请核对资质（{classSource}）', en: '{placeEn}: "{text}" is {categoryEn}: as {productClassEn}, it must match the approval or registration; check the licence ({classSource})' },
    },
    score: { part: 'compliance', weight: 25 },
  },
  check(page, _options, context) {
    // The page's title names the product being sold, for every block of the page.
    const productClass = context.words.scan(page.title).productClass;
    for (const { where, text } of pageTexts(page)) {
      const place = whereLabel(where);
      for (const hit of context.words.scan(text).banned) {
        const { entry } = hit;
        const label = CATEGORY_LABELS[entry.category];
        const { licensed, messageId, severity, source, weight } = claimVerdict(entry, productClass);
        context.report({
          messageId,
          severity,
          data: {
            place: place.zh,
            placeEn: place.en,
            text: hit.text,
            category: label.zh,
            categoryEn: label.en,
            source,
            replacements: entry.replacements.join('、'),
            productClass: licensed?.name ?? '',
            productClassEn: licensed ? CLASS_EN[licensed.id] ?? licensed.id : '',
            classSource: licensed?.source ?? '',
          },
          start: hit.start,
          end: hit.end,
          text: hit.text,
          category: entry.category,
          suggestions: entry.replacements,
          source,
          where,
          weight,
        });
      }
    }
  },
});
