import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AhoCorasick, type Match } from './aho-corasick';

function naive(patterns: string[], text: string): Match[] {
  const found: Match[] = [];
  patterns.forEach((p, pattern) => {
    if (!p || patterns.indexOf(p) !== pattern) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) found.push({ pattern, start: at, end: at + p.length });
  });
  return found;
}
const order = (a: Match, b: Match) => a.end - b.end || a.start - b.start || a.pattern - b.pattern;

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns', () => {
    const ac = new AhoCorasick(['最好', '最好的', '好的', '第一', '国家级']);
    expect(ac.findAll('这是最好的第一款国家级产品')).toEqual([
      { pattern: 0, start: 2, end: 4 },
      { pattern: 1, start: 2, end: 5 },
      { pattern: 2, start: 3, end: 5 },
      { pattern: 3, start: 5, end: 7 },
      { pattern: 4, start: 8, end: 11 },
    ]);
  });

  it('handles an empty dictionary, an empty text and astral characters', () => {
    expect(new AhoCorasick([]).findAll('abc')).toEqual([]);
    expect(new AhoCorasick(['a']).findAll('')).toEqual([]);
    expect(new AhoCorasick(['😀好']).findAll('x😀好')).toEqual([{ pattern: 0, start: 1, end: 4 }]);
  });

  it('finds exactly what a naive scan finds (random small alphabets force deep failure chains)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '最', '好', '一');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.array(alphabet, { maxLength: 200 }), (patterns, chars) => {
        const text = chars.join('');
        const got = new AhoCorasick(patterns).findAll(text).sort(order);
        expect(got).toEqual(naive(patterns, text).sort(order));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with a naive scan on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4, unit: 'grapheme' }), { maxLength: 20 }), fc.string({ maxLength: 100, unit: 'grapheme' }), (patterns, text) => {
        expect(new AhoCorasick(patterns).findAll(text).sort(order)).toEqual(naive(patterns, text).sort(order));
      }),
      { numRuns: 300 },
    );
  });
});
