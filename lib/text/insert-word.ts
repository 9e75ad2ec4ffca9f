// Where a word goes into a title: at the seller's cursor or at the end, with a space only where two
// Latin letters or digits would otherwise run together (UPF50 SPF; 防晒衣UPF50 needs none). Shared by
// the fill suggestion (lib/keywords) and the overlay's one-click insert, which must agree.
const LATIN = /[A-Za-z0-9]/;

const joins = (left: string | undefined, right: string | undefined) => !!left && !!right && LATIN.test(left) && LATIN.test(right);

/** `text` with `word` inserted at `at` (default: the end); the caret goes right after the word. */
export function insertWord(text: string, word: string, at = text.length): { value: string; caret: number } {
  const pos = Math.max(0, Math.min(at, text.length));
  const before = text.slice(0, pos);
  const after = text.slice(pos);
  const lead = joins(before.at(-1), word[0]) ? ' ' : '';
  const trail = joins(word.at(-1), after[0]) ? ' ' : '';
  const value = before + lead + word + trail + after;
  return { value, caret: before.length + lead.length + word.length };
}
