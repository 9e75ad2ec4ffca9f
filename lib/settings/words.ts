// The seller's word lists as they paste or import them: one word a line, or a CSV (every cell a word,
// the header row skipped when it names the column). Export is one word a line.
import Papa from 'papaparse';

const HEADERS = new Set(['word', 'words', 'term', '词', '词语', '关键词', '禁用词', '品牌', '品牌词', '白名单']);

export function parseWordList(text: string): string[] {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  const cells = rows.flatMap((row, i) => (i === 0 && row.length > 0 && row.every((c) => HEADERS.has(c.trim().toLowerCase())) ? [] : row));
  return [...new Set(cells.map((c) => c.trim()).filter(Boolean))];
}

export const formatWordList = (words: readonly string[]): string => words.join('\n');
