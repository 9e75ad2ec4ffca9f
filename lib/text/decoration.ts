// Characters that decorate a title rather than say something (【】★！~ and emoji): what title-symbols
// flags, and what title-length does not count as used space. Plain separators sellers use between words
// and the characters of specs (UPF50+, 100%, 3.5mm) are not decoration.
const ALLOWED = new Set([' ', '\u3000', '/', '-', '+', '.', '%', '·', '&', '(', ')', '（', '）', ',', '，', '、', '*', '×']);
export const SYMBOL = /[\p{P}\p{S}\p{Extended_Pictographic}]/u;

export const isDecoration = (ch: string) => SYMBOL.test(ch) && !ALLOWED.has(ch);
