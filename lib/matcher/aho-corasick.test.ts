import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AhoCorasick, encodeAutomata, registerAutomata, type Match } from './aho-corasick';

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

  it('built ahead and loaded, finds what it finds compiled (and stands aside for other patterns)', () => {
    const alphabet = fc.constantFrom('a', 'b', '最', '好', '😀');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.array(alphabet, { maxLength: 80 }), (patterns, chars) => {
        const text = chars.join('');
        const compiled = new AhoCorasick(patterns);
        const expected = compiled.findAll(text);
        expect(registerAutomata(encodeAutomata([compiled]))).toBe(true);
        const loaded = new AhoCorasick(patterns);
        expect(loaded.findAll(text)).toEqual(expected);
        // Same lengths, other characters: a fingerprint apart, compiled afresh.
        const other = patterns.map((p) => p.replaceAll('a', 'c'));
        expect(new AhoCorasick(other).findAll(text.replaceAll('a', 'c'))).toEqual(naive(other, text.replaceAll('a', 'c')).sort(order));
      }),
      { numRuns: 200 },
    );
  });

  it('loads the tables it was given, not a compilation', () => {
    const patterns = ['甲乙', '乙丙丁', '丁'];
    const compiled = new AhoCorasick(patterns);
    registerAutomata(encodeAutomata([compiled]));
    const loaded = new AhoCorasick(patterns);
    expect(loaded['tables'] === compiled['tables']).toBe(false);
    expect(loaded['tables'].charClass.buffer === loaded['tables'].fail.buffer).toBe(true);
    expect([...loaded['tables'].fail]).toEqual([...compiled['tables'].fail]);
  });

  it('refuses bytes of another format', () => {
    expect(registerAutomata(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toBe(false);
    expect(registerAutomata(new Uint8Array(0))).toBe(false);
  });
});
