import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPermille, divRoundHalfUp, fenToYuan, formatFen, formatYuan, yuanToFen } from './money';

describe('money', () => {
  it.each([
    [229, 22900],
    ['229', 22900],
    [0.01, 1],
    [99.9, 9990],
    ['1.005', 101], // exact decimal: half-up, not the float 1.00499…
    [1.005, 101],
    ['0.004', 0],
    ['.5', 50],
    [1e-7, 0],
    [0.1 + 0.2, 30],
  ] as const)('yuanToFen(%s) = %i', (yuan, fen) => expect(yuanToFen(yuan)).toBe(fen));

  it.each(['-1', 'abc', '1,299', '', '1e21'])('yuanToFen rejects "%s"', (text) => expect(() => yuanToFen(text)).toThrow(RangeError));

  it('rounds half-up exactly', () => {
    expect(divRoundHalfUp(5, 2)).toBe(3);
    expect(divRoundHalfUp(4, 2)).toBe(2);
    expect(divRoundHalfUp(149, 100)).toBe(1);
    expect(divRoundHalfUp(150, 100)).toBe(2);
    expect(applyPermille(22900, 850)).toBe(19465);
    expect(applyPermille(9990, 850)).toBe(8492); // 84.915 → 84.92
  });

  it('fenToYuan prints at most two decimals with no drift', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (fen) => {
        const yuan = fenToYuan(fen);
        expect(String(yuan)).toMatch(/^\d+(\.\d{1,2})?$/);
        expect(yuanToFen(yuan)).toBe(fen);
        expect(JSON.stringify({ yuan })).toBe(`{"yuan":${formatFen(fen).replace(/\.?0+$/, '') || '0'}}`);
      }),
    );
    expect(fenToYuan(24970)).toBe(249.7);
  });

  it('formats for sellers', () => {
    expect(formatFen(16900)).toBe('169.00');
    expect(formatYuan(16900)).toBe('¥169');
    expect(formatYuan(6243)).toBe('¥62.43');
    expect(formatYuan(5)).toBe('¥0.05');
  });
});
