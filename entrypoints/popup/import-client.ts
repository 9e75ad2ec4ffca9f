// Runs an import for the popup: the worker parses every chosen file and writes them all in one
// transaction (lib/db/write.ts); then the background recomputes the alerts, which the popup's live
// query shows.
import type { ParsedImport, Rejected } from '@/lib/shop/import/index';
import type { ImportSummary } from '@/lib/db/write';
import type { KeywordBank } from '@/lib/keywords/schema';
import { sendToBackground } from '@/extension/messages';
import type { Locale, Localized } from '@/lib/schemas/common';

/** Shop exports to parse and write, or keyword banks (search-term exports, pasted lists) to parse only. */
export type WorkerRequest = { files: { name: string; bytes: ArrayBuffer }[]; skipRejected: boolean } | { keywords: { name: string; bytes: ArrayBuffer }[] };

export interface ImportedFile extends Pick<ParsedImport, 'file' | 'source' | 'kind' | 'rows'> {
  rejectedCount: number;
  /** The first rejected rows, with why. */
  rejected: Rejected[];
  /** What was read with something left unread or skipped (an after-sale text we do not know). */
  notices: Rejected[];
}

export type ImportProgress =
  | { stage: 'reading'; file: string }
  | { stage: 'parsing'; file: string; percent: number; rows: number; rowsPerSecond: number }
  | { stage: 'saving'; rows: number; orders: number; done: number; rowsPerSecond: number }
  | { stage: 'alerts' };

export type WorkerReply =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; summary: ImportSummary; files: ImportedFile[]; timings: { parseMs: number; writeMs: number } }
  | { type: 'refused'; files: ImportedFile[] }
  | { type: 'banks'; banks: KeywordBank[] }
  | { type: 'error'; message: Localized };

export interface ImportResult {
  status: 'done';
  files: ImportedFile[];
  summary: ImportSummary;
  timings: { parseMs: number; writeMs: number; alertsMs: number };
}

/** Nothing was written: some rows cannot be read. `files` lists them, for the seller to fix or skip. */
export interface ImportRefusal {
  status: 'refused';
  files: ImportedFile[];
}

/** A file the worker could not read, with why in both languages (the seller's, and the CLI's English). */
export class WorkerError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

/** What to show the seller for a failed import or keyword read. */
export const failureText = (error: unknown, locale: Locale) => (error instanceof WorkerError ? error.localized[locale] : (error as Error).message);

/** Runs one request in a fresh worker; `onReply` settles it (resolve/reject) or reports progress. */
async function inWorker<T>(request: WorkerRequest, transfer: ArrayBuffer[], onReply: (reply: WorkerReply, resolve: (value: T) => void) => void): Promise<T> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => (data.type === 'error' ? reject(new WorkerError(data.message)) : onReply(data, resolve));
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(request, transfer);
    });
  } finally {
    worker.terminate();
  }
}

/** Reads keyword banks off the popup's thread; all or nothing (the first bad file rejects, naming it). */
export function readKeywordBanks(files: { name: string; bytes: ArrayBuffer }[]): Promise<KeywordBank[]> {
  return inWorker<KeywordBank[]>({ keywords: files }, files.map((f) => f.bytes), (data, resolve) => {
    if (data.type === 'banks') resolve(data.banks);
  });
}

/** Imports the files all or nothing; with `skipRejected` (the seller's second step) the readable rows of a file with bad ones. */
export async function importFiles(files: readonly File[], onProgress: (p: ImportProgress) => void, { skipRejected = false } = {}): Promise<ImportResult | ImportRefusal> {
  const payload: { name: string; bytes: ArrayBuffer }[] = [];
  for (const file of files) {
    onProgress({ stage: 'reading', file: file.name });
    payload.push({ name: file.name, bytes: await file.arrayBuffer() });
  }
  const done = await inWorker<Extract<WorkerReply, { type: 'done' | 'refused' }>>({ files: payload, skipRejected }, payload.map((f) => f.bytes), (data, resolve) => {
    if (data.type === 'progress') {
      const { type: _, ...progress } = data;
      onProgress(progress);
    } else if (data.type === 'done' || data.type === 'refused') resolve(data);
  });
  if (done.type === 'refused') return { status: 'refused', files: done.files };
  onProgress({ stage: 'alerts' });
  const started = performance.now();
  await sendToBackground({ type: 'shop/imported' });
  return { status: 'done', files: done.files, summary: done.summary, timings: { ...done.timings, alertsMs: Math.round(performance.now() - started) } };
}
