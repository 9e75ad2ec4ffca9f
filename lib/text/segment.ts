// Word segmentation for titles: the lexicon's words first (they know 防晒衣 is one word), then
// Intl.Segmenter for the stretches no lexicon word covers.
import type { TitleWordHit } from '../lexicon/bank';
import type { Normalised } from './normalise';

export interface Token {
  /** Original span and text. */
  start: number;
  end: number;
  text: string;
  /** Normalised form, for comparing tokens. */
  key: string;
  kind: TitleWordHit['kind'] | 'other';
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const LETTER = /[\p{L}\p{N}]/u;

export function tokenize(text: string, norm: Normalised, words: readonly TitleWordHit[]): Token[] {
  const tokens: Token[] = words.map((w) => ({ start: w.start, end: w.end, text: w.word, key: norm.text.slice(w.normStart, w.normEnd), kind: w.kind }));
  // Only a word that occurs twice matters to callers, and such a word repeats a character pair:
  // without a repeated pair outside the lexicon words, Intl.Segmenter (the costly part) is skipped.
  if (!hasRepeatedPair(norm.text)) return tokens.sort((a, b) => a.start - b.start);
  const covered = new Uint8Array(text.length);
  for (const w of words) covered.fill(1, w.start, w.end);
  let from = 0;
  const flush = (to: number) => {
    if (to > from) {
      for (const seg of segmenter.segment(text.slice(from, to))) {
        if (!seg.isWordLike || !LETTER.test(seg.segment)) continue;
        const start = from + seg.index;
        const end = start + seg.segment.length;
        const key = norm.text.slice(lowerBound(norm.origStart, start), lowerBound(norm.origStart, end));
        if (key) tokens.push({ start, end, text: seg.segment, key, kind: 'other' });
      }
    }
  };
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || covered[i]) {
      flush(i);
      from = i + 1;
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}

function hasRepeatedPair(text: string): boolean {
  const seen = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
    if (seen.has(pair)) return true;
    seen.add(pair);
  }
  return false;
}

/** First index whose value is ≥ target (origStart never decreases). */
function lowerBound(values: Uint32Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
