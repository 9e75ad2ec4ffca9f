// The end of the description should ask for the next step — 加购, 收藏, 关注店铺 — instead of just
// stopping. Judged on the last few blocks (text and image alt text) against lib/lexicon/page/cta.json.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { ctaPhrases, ctaWords, PAGE_VOCABULARY_SOURCES } from '../lexicon/page-words';

export default defineRule({
  meta: {
    id: 'page-cta',
    input: 'page',
    severity: 'info',
    description: { zh: '详情结尾没有引导加购/关注', en: 'The description does not end with a call to add to cart or follow' },
    options: z.object({ tailBlocks: z.number().int().positive().default(4) }),
    sources: {
      rule: PAGE_VOCABULARY_SOURCES.cta!,
      tailBlocks: 'ShopLint 默认：结尾 = 详情最后 4 块（文字或图片说明）',
    },
    messages: {
      missing: {
        zh: '详情结尾没有引导：最后加一句“喜欢就加购/收藏，关注店铺上新早知道”',
        en: 'The description just stops: end with "Add to cart or save it, and follow the shop for new arrivals"',
      },
    },
    score: { part: 'conversion', weight: 5 },
  },
  check(page, { tailBlocks }, context) {
    const blocks = page.description;
    if (blocks.length === 0) return;
    const tail = blocks.slice(-tailBlocks).map((b) => (b.kind === 'text' ? b.text : (b.image.alt ?? ''))).join(' ');
    if (!ctaPhrases.find(tail)) context.report({ messageId: 'missing', where: `desc:${blocks.length - 1}`, suggestions: ctaWords.slice(0, 4) });
  },
});
