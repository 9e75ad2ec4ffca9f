// 属性词 (material, style, season, audience, spec and model …) are what buyers narrow their search with.
// Specs and model numbers (500ml, X9070) count: lib/lexicon/spec.ts reads them by shape.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';
import { categoryWords, listingCategory } from '../lexicon/category';
import { specs } from '../lexicon/spec';

export default defineRule({
  meta: {
    id: 'title-missing-attribute',
    input: 'title',
    severity: 'warn',
    description: { zh: '标题缺少属性词（材质、款式、季节、人群等）', en: 'Title has no attribute words (material, style, season, audience …)' },
    options: z.object({ min: z.number().int().min(1).default(2) }),
    sources: { min: '运营手册：标题 = 核心词 + 属性词 + 场景词；属性词至少 2 个才能覆盖长尾搜索' },
    messages: {
      missing: { zh: '没有属性词，补充材质、款式、季节或人群（如“冰丝 薄款 夏季”）', en: 'No attribute words: add material, style, season or audience' },
      few: { zh: '只有 {count} 个属性词，再补充 {left} 个可覆盖更多长尾搜索', en: 'Only {count} attribute word(s); add {left} more to reach long-tail searches' },
    },
    score: { part: 'structure', weight: 10 },
  },
  check(listing, options, context) {
    if (!listing.title.trim()) return;
    const scan = scanTitle(context, listing.title);
    const words = scan.words.filter((w) => w.kind === 'attribute').map((w) => w.word);
    // A spec inside a lexicon word (UPF50+) is that word, counted once.
    const shaped = specs(listing.title).filter((s) => !scan.words.some((w) => w.start < s.end && s.start < w.end)).map((s) => s.text.toLowerCase());
    const count = new Set([...words, ...shaped]).size;
    if (count >= options.min) return;
    const suggestions = categoryWords(context.words, listingCategory(context.words, listing.category, scan), 'attribute');
    if (count === 0) context.report({ messageId: 'missing', suggestions });
    else context.report({ messageId: 'few', severity: 'info', data: { count, left: options.min - count }, suggestions, weight: 1 - count / options.min });
  },
});
