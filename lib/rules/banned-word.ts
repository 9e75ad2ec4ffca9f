// 广告法 banned words in the title, matched after normalisation (width, 繁体, separators) so that
// 最 好 / 最-佳 / ＮＯ．１ are caught, with the exemptions SAMR's 2023 guideline allows (最近, 第一时间 …),
// only as words of the title (lib/lexicon/boundary.ts), and judged in the product being sold: a medical or
// health claim in the title of a drug, a medical device, a health food or a book is "核对资质", not a ban.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';
import { CATEGORY_LABELS } from '../lexicon/labels';
import type { BannedEntry, ProductClass } from '../lexicon/schema';

export const CLASS_EN: Record<string, string> = { 'class-drug': 'a drug', 'class-device': 'a medical device', 'class-health-food': 'a health food', 'class-book': 'a book or recording', 'class-equipment': 'a machine or equipment' };

/** The class that may make this claim with a licence or proof (a drug's indication, a book's subject, 减肥 on a
 *  fitness machine), in that class's title. */
function licensedClaim(entry: BannedEntry, productClass: ProductClass | undefined): ProductClass | undefined {
  if (!productClass?.categories.includes(entry.category as never)) return undefined;
  return !productClass.entries.length || productClass.entries.includes(entry.id) ? productClass : undefined;
}

/** How a hit is reported, for the title and the page alike: a ban, a claim that needs proof, or a licence to check. */
export function claimVerdict(entry: BannedEntry, productClass: ProductClass | undefined) {
  const licensed = licensedClaim(entry, productClass);
  const proof = licensed?.needs === 'proof';
  const messageId = licensed && !proof ? 'licence' : licensed || entry.severity !== 'error' ? 'needsProof' : entry.replacements.length ? 'banned' : 'bannedNoReplacement';
  return {
    licensed,
    messageId,
    severity: licensed ? ('warn' as const) : entry.severity,
    // A proof class's own source says why the claim needs proof there rather than being banned.
    source: proof ? licensed.source : entry.source,
    // A word that only needs proof costs half: the seller may well have it.
    weight: entry.severity === 'error' && !licensed ? 1 : 0.5,
  };
}

export default defineRule({
  meta: {
    id: 'banned-word',
    input: 'title',
    severity: 'error',
    description: { zh: '标题含广告法禁用词或需资质证明的用语', en: 'Title uses words banned by the Advertising Law or needing proof' },
    options: z.object({}),
    sources: { rule: '《中华人民共和国广告法》第九、十六、十七、十八、二十四、二十八条；市场监管总局《广告绝对化用语执法指南》(2023) 第五、六、七条' },
    messages: {
      banned: { zh: '「{text}」属于{category}，违反{source}，建议删除或改为：{replacements}', en: '"{text}" is {categoryEn}, banned by {source}; remove it or use: {replacements}' },
      bannedNoReplacement: { zh: '「{text}」属于{category}，违反{source}，请删除', en: '"{text}" is {categoryEn}, banned by {source}; remove it' },
      needsProof: { zh: '「{text}」属于{category}，需有资质或证明才可使用（{source}）', en: '"{text}" is {categoryEn}: allowed only with proof or a licence ({source})' },
      licence: { zh: '「{text}」属于{category}：{productClass}须与批准文号或注册证一致，请核对资质（{classSource}）', en: '"{text}" is {categoryEn}: as {productClassEn}, it must match the approval or registration; check the licence ({classSource})' },
    },
    score: { part: 'compliance', weight: 25 },
  },
  check(listing, _options, context) {
    const scan = scanTitle(context, listing.title);
    for (const hit of scan.banned) {
      const { entry } = hit;
      const label = CATEGORY_LABELS[entry.category];
      const replacements = entry.replacements;
      const { licensed, messageId, severity, source, weight } = claimVerdict(entry, scan.productClass);
      context.report({
        messageId,
        severity,
        data: {
          text: hit.text,
          category: label.zh,
          categoryEn: label.en,
          source,
          replacements: replacements.join('、'),
          productClass: licensed?.name ?? '',
          productClassEn: licensed ? CLASS_EN[licensed.id] ?? licensed.id : '',
          classSource: licensed?.source ?? '',
        },
        start: hit.start,
        end: hit.end,
        text: hit.text,
        category: entry.category,
        suggestions: replacements,
        source,
        weight,
      });
    }
  },
});
