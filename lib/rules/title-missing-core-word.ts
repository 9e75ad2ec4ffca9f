// A title = 核心词 + 属性词 + 场景词 (operating manual). Without the core (category) word, the
// listing does not come up for the searches buyers make most.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';
import { categoryWords, listingCategory } from '../lexicon/category';

export default defineRule({
  meta: {
    id: 'title-missing-core-word',
    input: 'title',
    severity: 'warn',
    description: { zh: '标题缺少核心词（品类词）', en: 'Title has no core (category) word' },
    options: z.object({}),
    sources: { rule: '运营手册：标题 = 核心词 + 属性词 + 场景词' },
    messages: {
      missing: { zh: '没有核心词（买家搜索的品类词，如“连衣裙”“蓝牙耳机”），请在标题前部写明商品是什么', en: 'No core word (the product noun buyers search, e.g. "dress"): say what the product is near the start' },
    },
    score: { part: 'structure', weight: 15 },
  },
  check(listing, _options, context) {
    if (!listing.title.trim()) return;
    const scan = scanTitle(context, listing.title);
    if (scan.words.some((w) => w.kind === 'core')) return;
    context.report({ messageId: 'missing', suggestions: categoryWords(context.words, listingCategory(context.words, listing.category, scan), 'core') });
  },
});
