// shoplint lint's judging and its output, by batches of listings: in this thread, or spread over worker
// threads for a large input (one per core: the rules are CPU-bound and a batch is independent of the
// others) and written in input order, so both give the same bytes.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../command';
import { lintParsed } from '../../lib/engine/lint';
import type { Finding } from '../../lib/schemas/finding';
import type { Listing } from '../../lib/schemas/listing';
import type { Locale } from '../../lib/schemas/common';
import { moreCsvRows, toCsv } from '../../lib/tables/write-csv';
import { readKeywordFile } from '../../lib/keywords/parse';
import { compileKeywordBank, type CompiledKeywordBank } from '../../lib/keywords/compile';
import { scoreFrom } from '../../lib/keywords/fill';
import { wordBank } from '../../lib/lexicon/bank';
import { pickBank, pickCategory } from '../../lib/keywords/pick';
import { APPROXIMATE } from '../../lib/keywords/labels';
import { renderFinding, severityMark } from '../render';

export interface KeywordFile {
  file: string;
  bytes: Uint8Array;
}

export interface Banks {
  file: string;
  bank: CompiledKeywordBank;
}

interface Judge {
  format: 'json' | 'table' | 'csv';
  lang: Locale;
  category: string | undefined;
}

/** What a worker is started with: the keyword files themselves, compiled there (automata do not cross threads). */
export type WorkerSetup = Judge & { keywordFiles: KeywordFile[] };

export interface Batch {
  text: string;
  errors: number;
  warnings: number;
}

export const CSV_HEADER = ['id', 'title', 'platform', 'score', 'ruleId', 'severity', 'message', 'text'];

/** Listings per batch: large enough that messages between threads cost nothing beside the judging. */
const BATCH = 1000;
/** Below this, starting workers (each loads the engine, ~0.2 s) costs more than it saves. */
const PARALLEL_FROM = 5000;

export async function compileBanks(files: readonly KeywordFile[], category: string | undefined): Promise<Banks[]> {
  const banks: Banks[] = [];
  for (const { file, bytes } of files) {
    const bank = await readKeywordFile(bytes, file, files.length === 1 && category ? { category } : {});
    banks.push({ file, bank: compileKeywordBank(bank) });
  }
  return banks;
}

/** --threads, else one per core for a large input; 1 judges in this thread. */
export function threadsOf(values: Record<string, unknown>, listings: number): number {
  const raw = values.threads;
  const n = raw === undefined ? undefined : Number(raw);
  if (n !== undefined && (!Number.isInteger(n) || n < 1 || n > 64)) throw new UsageError(`--threads must be a whole number from 1 to 64, not "${String(raw)}"`);
  // Workers run the built CLI (dist/cli): from the TypeScript sources there is no file for them to load,
  // and the output is the same in one thread.
  if (!import.meta.url.endsWith('.js')) return 1;
  return n ?? (listings < PARALLEL_FROM ? 1 : Math.min(8, availableParallelism()));
}

/** The listings' results from index `first` on, as the output format writes them. */
export function judgeBatch(listings: readonly Listing[], first: number, judge: Judge & { banks: Banks[] }): Batch {
  const { format, lang, banks, category } = judge;
  let text = '';
  let errors = 0;
  let warnings = 0;
  listings.forEach((listing, k) => {
    const i = first + k;
    const bank = bankFor(banks, listing, category);
    const r = lintParsed(listing, { keywords: bank });
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warn') warnings++;
    }
    const id = r.listing.id ?? String(i + 1);
    if (format === 'csv') {
      const base = [id, r.listing.title, r.listing.platform, r.score] as const;
      const rows = r.findings.length ? r.findings.map((f) => [...base, f.ruleId, f.severity, jsonFinding(f, lang).message, f.text ?? '']) : [[...base, '', '', '', '']];
      text += i ? moreCsvRows(rows) : toCsv(CSV_HEADER, rows);
    } else if (format === 'json') {
      const result = {
        id,
        title: r.listing.title,
        platform: r.listing.platform,
        score: r.score,
        breakdown: r.breakdown.parts.map((p) => ({ part: p.part, points: p.points, max: p.max })),
        findings: r.findings.map((f) => jsonFinding(f, lang)),
        ...(banks.length && {
          keywordScore: r.keywords?.score ?? null,
          suggestions: r.keywords?.fill.terms ?? [],
          keywordFill: r.keywords ? { text: r.keywords.fill.text, addedValue: r.keywords.fill.addedValue, widthLeft: r.keywords.fill.widthLeft } : null,
        }),
      };
      text += (i ? ',' : '') + JSON.stringify(result);
    } else {
      text += `\n${id}  ${r.listing.title}\n  ${lang === 'zh' ? '得分' : 'score'} ${r.score}/100  (${r.breakdown.parts.map((p) => `${p.label[lang]} ${p.points}/${p.max}`).join(' · ')})\n`;
      if (r.keywords?.score != null) {
        const { score, fill, captured, best } = r.keywords;
        const then = scoreFrom(captured + fill.addedValue, best);
        const approximate = bank!.bank.approximate ? ` (${APPROXIMATE[lang]})` : '';
        text += `  ${lang === 'zh' ? '关键词得分' : 'keyword score'} ${score}/100${approximate}${fill.terms.length ? `  ${lang === 'zh' ? '可补充' : 'add'}: ${fill.terms.join(' ')} (→ ${then})` : ''}\n`;
      }
      for (const f of r.findings) text += `  ${severityMark(f.severity)} ${renderFinding(f, lang)}\n`;
    }
  });
  return { text, errors, warnings };
}

export async function* judgeHere(listings: readonly Listing[], judge: Judge & { banks: Banks[] }): AsyncGenerator<Batch> {
  for (let first = 0; first < listings.length; first += BATCH) yield judgeBatch(listings.slice(first, first + BATCH), first, judge);
}

/** The batches judged by `threads` workers, yielded in input order; at most a few per worker wait to be written. */
export async function* judgeInWorkers(listings: readonly Listing[], setup: WorkerSetup, threads: number): AsyncGenerator<Batch> {
  const count = Math.ceil(listings.length / BATCH);
  const workers = Array.from({ length: Math.min(threads, count) }, () => new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: setup }));
  const done = new Map<number, Batch>();
  let sent = 0;
  let written = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const send = (worker: Worker) => {
    if (sent >= count || sent >= written + workers.length * 4) return false;
    const first = sent++ * BATCH;
    worker.postMessage({ index: first / BATCH, first, listings: listings.slice(first, first + BATCH) });
    return true;
  };
  const idle: Worker[] = [];
  for (const worker of workers) {
    worker.on('message', (m: Batch & { index: number }) => {
      done.set(m.index, m);
      if (!send(worker)) idle.push(worker);
      wake?.();
    });
    worker.on('error', (error) => {
      failure ??= error;
      wake?.();
    });
    worker.on('exit', (code) => {
      if (written < count) failure ??= new Error(`a lint worker stopped (exit ${code})`);
      wake?.();
    });
    if (!send(worker)) idle.push(worker);
  }
  try {
    while (written < count) {
      while (!done.has(written) && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      const batch = done.get(written)!;
      done.delete(written++);
      while (idle.length && send(idle[0]!)) idle.shift();
      yield batch;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The bank for a listing: the only one, or the one of the listing's category (its 类目, --category, or its core word). */
function bankFor(banks: Banks[], listing: Listing, category: string | undefined): CompiledKeywordBank | undefined {
  if (banks.length <= 1) return banks[0]?.bank;
  const words = wordBank();
  const path = listing.category ?? category;
  const id = pickCategory(words, path, words.scan(listing.title));
  return pickBank(banks.map(({ bank }) => ({ category: bank.bank.category, dataDate: bank.bank.dataDate, bank })), id, path, listing.title)?.bank;
}

export function jsonFinding(f: Finding, lang: Locale) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: lang === 'zh' ? f.message : f.messageEn,
    ...(f.start !== undefined && { start: f.start, end: f.end }),
    ...(f.text !== undefined && { text: f.text }),
    ...(f.category !== undefined && { category: f.category }),
    ...(f.suggestions && { suggestions: f.suggestions }),
    ...(f.source !== undefined && { source: f.source }),
  };
}
