// 首屏: the first text a buyer reads in the description should name the pain point or the benefit,
// not the brand story or the shipping policy. Judged on the first text block (with the alt text of any
// images above it) against the 痛点/利益点 vocabulary in lib/lexicon/page/selling-points.json. A
// description with no text at all is page-text-only-images' business.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { PAGE_VOCABULARY_SOURCES, painBenefitWords, sellingPointPhrases } from '../lexicon/page-words';

export default defineRule({
  meta: {
    id: 'page-first-screen',
    input: 'page',
    severity: 'warn',
    description: { zh: '详情首屏没有说出痛点或利益点', en: 'The first screen of the description names no pain point or benefit' },
    options: z.object({}),
    sources: { rule: PAGE_VOCABULARY_SOURCES['selling-points']! },
    messages: {
      missing: {
        zh: '详情首屏「{excerpt}」没有说买家的痛点或利益点：开头先说解决什么问题（如“怕闷热？”“冰丝凉感，出汗不黏”）',
        en: 'The description opens with "{excerpt}", naming no pain point or benefit: open with the problem it solves ("Hate the heat? Cool, quick-dry fabric")',
      },
    },
    score: { part: 'conversion', weight: 10 },
  },
  check(page, _options, context) {
    const first = page.description.findIndex((b) => b.kind === 'text');
    if (first < 0) return;
    const before = page.description.slice(0, first + 1);
    const text = before.map((b) => (b.kind === 'text' ? b.text : (b.image.alt ?? ''))).join(' ');
    if (sellingPointPhrases.find(text)) return;
    const block = page.description[first]!;
    const excerpt = block.kind === 'text' ? [...block.text].slice(0, 16).join('') + ([...block.text].length > 16 ? '…' : '') : '';
    context.report({ messageId: 'missing', data: { excerpt }, where: `desc:${first}`, suggestions: [...painBenefitWords.pain.slice(0, 3), ...painBenefitWords.benefit.slice(0, 3)] });
  },
});
