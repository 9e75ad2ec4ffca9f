// Characters that decorate a title rather than say something (【】★！~ and emoji): what title-symbols
// flags, and what title-length does not count as used space. Plain separators sellers use between words
// and the characters of specs (UPF50+, 100%, 3.5mm) are not decoration.
const ALLOWED = new Set([' ', '\u3000', '/', '-', '+', '.', '%', '·', '&', '(', ')', '（', '）', ',', '，', '、', '*', '×']);
const SYMBOL = /[\p{P}\p{S}\p{Extended_Pictographic}]/u;

// The Unicode-property test once per character, not per occurrence: it was a tenth of a batch lint.
const SYMBOL_BIT = 1;
const DECORATION_BIT = 2;
const KNOWN_BIT = 4;
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classOf(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  let bits = code < 0x10000 ? bmp[code]! : (astral.get(code) ?? 0);
  if (!bits) {
    const symbol = SYMBOL.test(ch);
    bits = KNOWN_BIT | (symbol ? SYMBOL_BIT : 0) | (symbol && !ALLOWED.has(ch) ? DECORATION_BIT : 0);
    if (code < 0x10000) bmp[code] = bits;
    else astral.set(code, bits);
  }
  return bits;
}

/** Punctuation, a symbol or an emoji (one character, as `[...text]` gives them). */
export const isSymbol = (ch: string) => (classOf(ch) & SYMBOL_BIT) !== 0;
export const isDecoration = (ch: string) => (classOf(ch) & DECORATION_BIT) !== 0;
