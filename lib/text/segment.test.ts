import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readRealTitles } from '../../test/corpus';
import { wordBank } from '../lexicon/bank';
import { tokenize, type Token } from './segment';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The oracle: every stretch no lexicon word covers, segmented. */
function naiveTokens(text: string): Token[] {
  const scan = wordBank().scan(text);
  const tokens: Token[] = scan.words.map((w) => ({ start: w.start, end: w.end, text: w.word, key: scan.norm.text.slice(w.normStart, w.normEnd), kind: w.kind }));
  const covered = new Uint8Array(text.length);
  for (const w of scan.words) covered.fill(1, w.start, w.end);
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !covered[i]) continue;
    for (const seg of segmenter.segment(text.slice(from, i))) {
      if (!seg.isWordLike || !/[\p{L}\p{N}]/u.test(seg.segment)) continue;
      const start = from + seg.index;
      const key = scan.norm.text.slice(scan.norm.origStart.findIndex((o) => o >= start), ((j) => (j < 0 ? scan.norm.text.length : j))(scan.norm.origStart.findIndex((o) => o >= start + seg.segment.length)));
      if (key) tokens.push({ start, end: start + seg.segment.length, text: seg.segment, key, kind: 'other' });
    }
    from = i + 1;
  }
  return tokens;
}

/** What callers read of the tokens: the words written more than once (a segmented word of 2+ characters). */
function repeated(tokens: readonly Token[]): string[] {
  const counts = new Map<string, number>();
  for (const t of tokens) if (t.kind !== 'other' || [...t.key].length >= 2) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([k]) => k).sort();
}

const tokensOf = (text: string) => {
  const scan = wordBank().scan(text);
  return tokenize(text, scan.norm, scan.words);
};

describe('tokenize', () => {
  it('finds a word written twice outside the lexicon, and segments nothing for a title without one', () => {
    expect(repeated(tokensOf('编码开关 旋转编码开关'))).toEqual(['开关', '编码']);
    expect(tokensOf('冰丝防晒衣女夏季薄款').every((t) => t.kind !== 'other')).toBe(true);
  });

  it('repeats exactly the words that segmenting every uncovered stretch repeats, on real titles', () => {
    const titles = readRealTitles().map((t) => t.title);
    const wrong = titles.filter((title) => JSON.stringify(repeated(tokensOf(title))) !== JSON.stringify(repeated(naiveTokens(title))));
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('and on titles spliced from real fragments (words repeated across stretches, separators between)', () => {
    const words = readRealTitles().slice(0, 400).flatMap((t) => t.title.split(/\s+/)).filter(Boolean);
    const part = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '/', '【', '】', '喵呜', '1', '款'));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 8 }), (parts) => {
        const title = parts.join('');
        expect(repeated(tokensOf(title))).toEqual(repeated(naiveTokens(title)));
      }),
      { numRuns: 300 },
    );
  });
});
