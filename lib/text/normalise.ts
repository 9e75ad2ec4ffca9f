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

// 繁体 → 简体 for the BMP, as a flat table: one array read per character on the hot path.
const t2s = new Uint16Array(0x10000);
for (let i = 0; i + 1 < t2sData.pairs.length; i += 2) t2s[t2sData.pairs.charCodeAt(i)] = t2sData.pairs.charCodeAt(i + 1);

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

/** Characters outside ASCII and CJK: NFKC, lower case, 简体, separators dropped (cached per code point). */
const foldCache = new Map<number, string>();
function fold(ch: string, code: number): string {
  let out = foldCache.get(code);
  if (out === undefined) {
    out = '';
    if (!isSeparator(ch, code))
      for (const part of ch.normalize('NFKC').toLowerCase()) {
        const partCode = part.codePointAt(0)!;
        if (isSeparator(part, partCode)) continue;
        out += partCode < 0x10000 && t2s[partCode] ? String.fromCharCode(t2s[partCode]!) : part;
      }
    foldCache.set(code, out);
  }
  return out;
}

interface Units {
  units: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

const allocate = (cap: number): Units => ({ units: new Uint16Array(cap), starts: new Uint32Array(cap), ends: new Uint32Array(cap) });

/** Writes the normalised units of `original` into `out` (grown when full); returns it and their count. */
function normaliseInto(original: string, out: Units): { out: Units; len: number } {
  const n = original.length;
  let { units, starts, ends } = out;
  let len = 0;
  const push = (unit: number, start: number, end: number) => {
    if (len === units.length) {
      const grown = allocate(units.length * 2);
      grown.units.set(units);
      grown.starts.set(starts);
      grown.ends.set(ends);
      ({ units, starts, ends } = grown);
    }
    units[len] = unit;
    starts[len] = start;
    ends[len++] = end;
  };
  for (let i = 0; i < n; ) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      // ASCII fast path: digits and lower case stay, upper case folds, the rest are separators.
      if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) push(code, i, i + 1);
      else if (code >= 0x41 && code <= 0x5a) push(code + 32, i, i + 1);
      else if (!isSeparator(original[i]!, code)) push(code, i, i + 1);
      i++;
    } else if (code >= 0x4e00 && code <= 0x9fff) {
      push(t2s[code] || code, i, i + 1);
      i++;
    } else {
      const point = original.codePointAt(i)!;
      const size = point > 0xffff ? 2 : 1;
      const folded = fold(original.slice(i, i + size), point);
      for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), i, i + size);
      i += size;
    }
  }
  return { out: { units, starts, ends }, len };
}

function unitsText(units: Uint16Array, len: number): string {
  let text = '';
  for (let k = 0; k < len; k += 4096) text += String.fromCharCode.apply(null, units.subarray(k, Math.min(len, k + 4096)) as unknown as number[]);
  return text;
}

export function normalise(original: string): Normalised {
  const { out, len } = normaliseInto(original, allocate(original.length + 8));
  return { text: unitsText(out.units, len), origStart: out.starts.subarray(0, len), origEnd: out.ends.subarray(0, len) };
}

/** Reused by normaliseTerm: a word bank normalises ~15k terms at start-up, and fresh arrays for each
 *  were a third of its cost (the CLI builds one for every run). */
let termScratch = allocate(64);

/** Normalised form of a dictionary term (same function, so terms and text always agree). */
export function normaliseTerm(term: string): string {
  const { out, len } = normaliseInto(term, termScratch);
  if (out.units.length <= 4096) termScratch = out;
  return unitsText(out.units, len);
}

/** Maps a normalised span [start, end) back to the original text's UTF-16 span. */
export function toOriginalSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
  return { start: n.origStart[start]!, end: n.origEnd[end - 1]! };
}
