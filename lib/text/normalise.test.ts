import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise, normaliseTerm, toOriginalSpan } from './normalise';

describe('normalise', () => {
  it.each([
    ['最 好', '最好'],
    ['最-佳', '最佳'],
    ['最\u200b佳', '最佳'],
    ['ＮＯ．１', 'no1'],
    ['第①', '第1'],
    ['最廣告', '最广告'],
    ['極致', '极致'],
    ['UPF50+', 'upf50'],
    ['😀好', '好'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseTerm(input)).toBe(expected);
  });

  it('maps every normalised span back to original text that normalises to the same thing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: fc.constantFrom('最', '好', ' ', '-', '\u200b', 'Ａ', 'a', '①', '１', '廣', '😀', '．', '㎏', 'ﬁ', '.') }), fc.nat(), fc.nat(), (text, a, b) => {
        const n = normalise(text);
        if (n.text.length === 0) return;
        const s = a % n.text.length;
        const e = s + 1 + (b % (n.text.length - s));
        const span = toOriginalSpan(n, s, e);
        const back = normaliseTerm(text.slice(span.start, span.end));
        // A character that expands (ﬁ → fi, ㎏ → kg) maps back whole, even when the span cuts into it.
        if (/[㎏ﬁ]/.test(text)) expect(back).toContain(n.text.slice(s, e));
        else expect(back).toBe(n.text.slice(s, e));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a term however separators are inserted between its characters, and maps the span to exactly that stretch', () => {
    const separator = fc.constantFrom('', ' ', '-', '\u200b', '·', '　', '*');
    fc.assert(
      fc.property(fc.constantFrom('最好', '第一', '国家级', 'no1'), fc.array(separator, { minLength: 3, maxLength: 3 }), fc.string({ maxLength: 5, unit: fc.constantFrom('衣', '裙', '夏') }), (term, seps, prefix) => {
        const spaced = [...term].map((ch, i) => (i ? seps[(i - 1) % seps.length] : '') + ch).join('');
        const text = prefix + spaced + '款';
        const n = normalise(text);
        const at = n.text.indexOf(term);
        expect(at).toBeGreaterThanOrEqual(0);
        const span = toOriginalSpan(n, at, at + term.length);
        expect(text.slice(span.start, span.end)).toBe(spaced);
      }),
      { numRuns: 500 },
    );
  });
});
