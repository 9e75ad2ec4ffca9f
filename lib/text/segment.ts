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

/**
 * The title's tokens: its lexicon words, and Intl.Segmenter's words of the stretches no lexicon word
 * covers. Callers only look for a word written twice, and a word of two or more characters written twice
 * repeats a character pair; so a stretch is segmented only when it holds a pair the title repeats.
 * Segmenting costs ~90 µs a title (ICU's dictionary): it was most of a batch lint's time (issue #19).
 */
export function tokenize(text: string, norm: Normalised, words: readonly TitleWordHit[]): Token[] {
  const tokens: Token[] = words.map((w) => ({ start: w.start, end: w.end, text: w.word, key: norm.text.slice(w.normStart, w.normEnd), kind: w.kind }));
  const covered = new Uint8Array(text.length);
  for (const w of words) covered.fill(1, w.start, w.end);
  const wanted = repeatedPairsOutside(norm, covered);
  if (wanted) {
    let from = 0;
    let want = false;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !covered[i]) {
        want ||= wanted[i] === 1;
        continue;
      }
      if (want) tokens.push(...segmentWords(text, norm, from, i));
      from = i + 1;
      want = false;
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}

function segmentWords(text: string, norm: Normalised, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const seg of segmenter.segment(text.slice(from, to))) {
    if (!seg.isWordLike || !LETTER.test(seg.segment)) continue;
    const start = from + seg.index;
    const end = start + seg.segment.length;
    const key = norm.text.slice(lowerBound(norm.origStart, start), lowerBound(norm.origStart, end));
    if (key) out.push({ start, end, text: seg.segment, key, kind: 'other' });
  }
  return out;
}

/** Original offsets (1) where an uncovered pair begins that occurs at least twice in the title; none if none. */
function repeatedPairsOutside(norm: Normalised, covered: Uint8Array): Uint8Array | undefined {
  const { text, origStart } = norm;
  const count = new Map<number, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
    count.set(pair, (count.get(pair) ?? 0) + 1);
  }
  let wanted: Uint8Array | undefined;
  for (let i = 0; i + 1 < text.length; i++) {
    if (covered[origStart[i]!] || covered[origStart[i + 1]!]) continue;
    if (count.get(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1))! < 2) continue;
    (wanted ??= new Uint8Array(covered.length))[origStart[i]!] = 1;
  }
  return wanted;
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
