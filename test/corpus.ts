// Readers of the real-title corpus in shared/corpus (README there): the Taobao NER titles with their
// gold product-word spans (BIEOS, one character a line) and the JD titles. For measuring only: tests,
// benches and the corpus report read them in place; nothing from them is copied into the repository.
import { readFileSync } from 'node:fs';
import { sharedPath } from './shared-data';

export interface Span {
  /** UTF-16 offsets into the title, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface GoldTitle {
  title: string;
  /** Gold product words (HC: 核心词/品类词). */
  products: Span[];
  /** Gold brands (HP). */
  brands: Span[];
}

export type NerSplit = 'train' | 'dev' | 'test';

/** The titles of one split of taobao-ner with their gold spans; a malformed line throws naming it. */
export function readGoldTitles(split: NerSplit): GoldTitle[] {
  const path = sharedPath(`corpus/taobao-ner/${split}.bieos`);
  const out: GoldTitle[] = [];
  let title = '';
  let tags: string[] = [];
  const flush = () => {
    if (!title) return;
    const spans = { HC: [] as Span[], HP: [] as Span[] };
    let open: { type: 'HC' | 'HP'; start: number } | undefined;
    for (let i = 0; i < tags.length; i++) {
      const [edge, type] = tags[i]!.split('-') as [string, 'HC' | 'HP' | undefined];
      if (!type) {
        open = undefined;
        continue;
      }
      if (edge === 'B' || edge === 'S') open = { type, start: i };
      if ((edge === 'E' || edge === 'S') && open?.type === type) {
        spans[type].push({ start: open.start, end: i + 1, text: title.slice(open.start, i + 1) });
        open = undefined;
      }
    }
    out.push({ title, products: spans.HC, brands: spans.HP });
    title = '';
    tags = [];
  };
  readFileSync(path, 'utf8').split('\n').forEach((line, row) => {
    if (line === '' || line === '\r') return flush();
    const tab = line.lastIndexOf('\t');
    const char = line.slice(0, tab);
    const tag = line.slice(tab + 1).trim();
    if (tab < 0 || char.length === 0 || !/^(O|[BIES]-H[CP])$/.test(tag)) throw new Error(`${path}:${row + 1}: not "character<TAB>tag": ${JSON.stringify(line)}`);
    title += char;
    tags.push(...Array.from({ length: char.length }, () => tag));
  });
  flush();
  return out;
}

/** The title with every gold product word replaced by a space: a title that does not say what it sells. */
export function withoutProducts(t: GoldTitle): string {
  let s = t.title;
  for (const p of [...t.products].sort((a, b) => b.start - a.start)) s = s.slice(0, p.start) + ' ' + s.slice(p.end);
  return s;
}

export interface RealTitle {
  id: string;
  title: string;
  source: string;
}

/** shared/corpus/real-titles.jsonl, optionally only the ids starting with `prefix` ('tb', 'jd'). */
export function readRealTitles(prefix = ''): RealTitle[] {
  const path = sharedPath('corpus/real-titles.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, row) => {
      try {
        return JSON.parse(line) as RealTitle;
      } catch {
        throw new Error(`${path}:${row + 1}: not JSON`);
      }
    })
    .filter((t) => t.id.startsWith(prefix));
}
