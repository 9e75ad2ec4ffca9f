import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageModel } from '../schemas/page';
import { PAGE_LIMITS, trimPage } from './limits';
import { Message } from '../schemas/messages';
import { GOOD_PAGE } from './test-page';

const huge = (chars: number) => '全网最好'.repeat(Math.ceil(chars / 4)).slice(0, chars);

describe('page size limits (what the background accepts from a content script)', () => {
  it('a page within the limits passes unchanged', () => {
    expect(trimPage(GOOD_PAGE)).toEqual(GOOD_PAGE);
  });

  it('the background refuses an oversized page; the extractor trims it to what it accepts, and says so', () => {
    const page: PageModel = {
      ...GOOD_PAGE,
      title: huge(PAGE_LIMITS.short + 1),
      mainImages: Array.from({ length: PAGE_LIMITS.images + 5 }, (_, i) => ({ src: `https://img.alicdn.com/${i}.jpg` })),
      description: [{ kind: 'text', text: huge(PAGE_LIMITS.text) }, { kind: 'text', text: '再来一段' }, { kind: 'image', image: { src: 'https://img.alicdn.com/d.jpg' } }],
    };
    expect(Message.safeParse({ type: 'engine/critique', page }).success).toBe(false);
    const trimmed = trimPage(page);
    expect(Message.safeParse({ type: 'engine/critique', page: trimmed }).success).toBe(true);
    expect(trimmed.trimmed).toBe(true);
    expect(trimmed.title).toHaveLength(PAGE_LIMITS.short);
    expect(trimmed.mainImages).toHaveLength(PAGE_LIMITS.images);
    // The text budget is spent; the images after it are still read.
    expect(trimmed.description.map((b) => b.kind)).toEqual(['text', 'image']);
  });

  it('whatever the sizes, the trimmed page passes the schema, and only a page over a limit is marked (property)', () => {
    const sized = fc.record({
      title: fc.nat({ max: PAGE_LIMITS.short * 2 }),
      images: fc.nat({ max: PAGE_LIMITS.images * 2 }),
      skus: fc.nat({ max: PAGE_LIMITS.skuOptions * 2 }),
      blocks: fc.array(fc.nat({ max: PAGE_LIMITS.text / 2 }), { maxLength: 6 }),
      manyBlocks: fc.boolean(),
    });
    fc.assert(
      fc.property(sized, ({ title, images, skus, blocks, manyBlocks }) => {
        const description = [...blocks.map((n) => ({ kind: 'text' as const, text: 'x'.repeat(n) })), ...(manyBlocks ? Array.from({ length: PAGE_LIMITS.blocks }, () => ({ kind: 'text' as const, text: 'y' })) : [])];
        const page: PageModel = { ...GOOD_PAGE, title: 'a'.repeat(title), mainImages: Array.from({ length: images }, (_, i) => ({ src: `${i}` })), skuOptions: Array.from({ length: skus }, (_, i) => `${i}`), description };
        const over = !PageModel.safeParse(page).success;
        const trimmed = trimPage(page);
        expect(PageModel.safeParse(trimmed).success).toBe(true);
        expect(trimmed.trimmed === true).toBe(over);
      }),
      { numRuns: 60 },
    );
  });
});
