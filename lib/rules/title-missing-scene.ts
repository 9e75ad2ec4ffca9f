// 场景词 (通勤, 户外, 送礼 …) catch the searches buyers make by occasion rather than by product.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';
import { categoryWords, listingCategory } from '../lexicon/category';

export default defineRule({
  meta: {
    id: 'title-missing-scene',
    input: 'title',
    severity: 'info',
    description: { zh: '标题缺少场景词（使用场景、场合、人群）', en: 'Title has no scene words (where, when, for whom)' },
    options: z.object({}),
    sources: { rule: '运营手册：标题 = 核心词 + 属性词 + 场景词' },
    messages: {
      missing: { zh: '没有场景词，补充使用场景（如“通勤”“户外”“送礼”）能多覆盖一类搜索', en: 'No scene word: add where or when it is used (commute, outdoor, gift …)' },
    },
    score: { part: 'structure', weight: 5 },
  },
  check(listing, _options, context) {
    if (!listing.title.trim()) return;
    const scan = scanTitle(context, listing.title);
    if (scan.words.some((w) => w.kind === 'scene')) return;
    context.report({ messageId: 'missing', suggestions: categoryWords(context.words, listingCategory(context.words, listing.category, scan), 'scene') });
  },
});
