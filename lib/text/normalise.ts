// Normalisation for matching: defeats the evasions sellers (and copywriters) use — full-width
// letters, 繁体, ①, spaces/punctuation/zero-width characters between the characters of a word —
// while keeping, for every normalised UTF-16 unit, the span of original text it came from.
import t2sData from './data/t2s.json';

export interface Normalised {
  /** Lower-case, half-width, 简体, with separators removed. */
  text: string;
  /** origStart[i] / origEnd[i]: the original UTF-16 span that normalised unit i came from. */
  origStart: Uint32Array;
  origEnd: Uint32Array;
}

const t2s = new Map<number, number>();
for (let i = 0; i + 1 < t2sData.pairs.length; i += 2) t2s.set(t2sData.pairs.charCodeAt(i), t2sData.pairs.charCodeAt(i + 1));

const SEPARATOR = /^[\p{P}\p{S}\p{Z}\p{C}\s]$/u;
const ZERO_WIDTH = /^[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]$/;
const separatorCache = new Map<number, boolean>();

function isSeparator(ch: string, code: number): boolean {
  let known = separatorCache.get(code);
  if (known === undefined) {
    known = ZERO_WIDTH.test(ch) || SEPARATOR.test(ch);
    separatorCache.set(code, known);
  }
  return known;
}

/** Normalises one code point (as a string); '' when it is a separator. */
function normaliseChar(ch: string, code: number): string {
  if (code < 0x80) {
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return ch;
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
    return isSeparator(ch, code) ? '' : ch;
  }
  if (code >= 0x4e00 && code <= 0x9fff) {
    const simple = t2s.get(code);
    return simple === undefined ? ch : String.fromCharCode(simple);
  }
  if (isSeparator(ch, code)) return '';
  const folded = ch.normalize('NFKC').toLowerCase();
  let out = '';
  for (const part of folded) {
    const partCode = part.codePointAt(0)!;
    if (isSeparator(part, partCode)) continue;
    const simple = t2s.get(partCode);
    out += simple === undefined ? part : String.fromCharCode(simple);
  }
  return out;
}

export function normalise(original: string): Normalised {
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; ) {
    const code = original.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const ch = size === 1 ? original[i]! : original.slice(i, i + 2);
    const out = normaliseChar(ch, code);
    for (let k = 0; k < out.length; k++) {
      units.push(out[k]!);
      starts.push(i);
      ends.push(i + size);
    }
    i += size;
  }
  return { text: units.join(''), origStart: Uint32Array.from(starts), origEnd: Uint32Array.from(ends) };
}

/** Normalised form of a dictionary term (same function, so terms and text always agree). */
export function normaliseTerm(term: string): string {
  return normalise(term).text;
}

/** Maps a normalised span [start, end) back to the original text's UTF-16 span. */
export function toOriginalSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
  return { start: n.origStart[start]!, end: n.origEnd[end - 1]! };
}
