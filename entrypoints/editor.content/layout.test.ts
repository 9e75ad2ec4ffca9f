import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beside, covers, separate, type Box } from './layout';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });
const viewport = { width: 1280, height: 900 };

describe('overlay layout', () => {
  it('puts the box right of the row when there is room', () => {
    const anchor = { input: box(300, 200, 500, 32), row: box(190, 200, 700, 56) };
    const placed = beside(anchor, { width: 300, height: 400 }, viewport);
    expect(placed).toMatchObject({ left: 898, top: 200, hidden: false });
    expect(covers(placed, anchor.input)).toBe(false);
  });

  it('goes below the input on a narrow window, above it near the bottom edge', () => {
    const narrow = { width: 900, height: 900 };
    expect(beside({ input: box(100, 200, 600, 32), row: box(0, 200, 880, 56) }, { width: 300, height: 400 }, narrow)).toMatchObject({ top: 240, left: 400 });
    const low = beside({ input: box(100, 820, 600, 32), row: box(0, 820, 880, 56) }, { width: 300, height: 400 }, narrow);
    expect(low.top + low.height).toBeLessThanOrEqual(812);
  });

  it('hides the box while its field is scrolled out of view', () => {
    expect(beside({ input: box(100, -300, 600, 32), row: box(0, -310, 880, 56) }, { width: 300, height: 200 }, viewport).hidden).toBe(true);
  });

  it('keeps two boxes in one column apart: the lower one moves down, or the upper one scrolls', () => {
    const field = (top: number) => ({ input: box(300, top, 500, 32), row: box(190, top, 700, 56) });
    const title = beside(field(100), { width: 300, height: 400 }, viewport);
    const price = beside(field(300), { width: 300, height: 200 }, viewport);
    const [a, b] = separate(title, price, viewport);
    expect(a.maxHeight).toBeUndefined();
    expect(b.top).toBe(508);
    const tall = beside(field(100), { width: 300, height: 700 }, viewport);
    const [shrunk, stays] = separate(tall, beside(field(500), { width: 300, height: 200 }, viewport), viewport);
    expect(shrunk.maxHeight).toBe(392);
    expect(stays.top).toBe(500);
  });

  it('never covers the input, wherever the field is and however big the box', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 860 }), fc.integer({ min: 40, max: 900 }),
        fc.integer({ min: 80, max: 400 }), fc.integer({ min: 28, max: 800 }), fc.integer({ min: 700, max: 1920 }), fc.integer({ min: 500, max: 1080 }),
        (x, y, w, bw, bh, vw, vh) => {
          const input = box(Math.min(x, vw - 40), Math.min(y, vh - 32), Math.min(w, vw), 32);
          const row = box(Math.max(0, input.left - 100), input.top - 4, Math.min(vw, input.width + 180), 56);
          return !covers(beside({ input, row }, { width: bw, height: bh }, { width: vw, height: vh }), input);
        },
      ),
    );
  });
});
