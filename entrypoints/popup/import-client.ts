// Runs the import worker for the popup: parse every chosen file in the worker, then write them all in
// one transaction (lib/db/write.ts) and ask the background to recompute the alerts.
import type { ParsedImport } from '@/lib/shop/import/index';
import type { KeywordBank } from '@/lib/keywords/schema';
import { writeImports, type ImportFile, type ImportSummary } from '@/lib/db/write';
import { sendToBackground } from '@/extension/messages';
import { db } from './db';

export interface WorkerRequest {
  id: number;
  name: string;
  bytes: ArrayBuffer;
  /** A keyword bank (search-term export or pasted list) rather than a shop export. */
  kind?: 'keywords';
}
export type WorkerReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; parsed: ParsedImport; hash: string }
  | { id: number; type: 'bank'; bank: KeywordBank }
  | { id: number; type: 'error'; message: string };

export type ImportProgress = { stage: 'reading'; file: string } | { stage: 'parsing'; file: string; percent: number } | { stage: 'saving' };

export interface ImportResult {
  files: ParsedImport[];
  summary: ImportSummary;
}

export async function importFiles(files: readonly File[], onProgress: (p: ImportProgress) => void): Promise<ImportResult> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  try {
    const parsed: ImportFile[] = [];
    for (const [id, file] of files.entries()) {
      onProgress({ stage: 'reading', file: file.name });
      const bytes = await file.arrayBuffer();
      parsed.push(
        await new Promise<ImportFile>((resolve, reject) => {
          worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
            if (data.id !== id) return;
            if (data.type === 'progress') onProgress({ stage: 'parsing', file: file.name, percent: data.total ? Math.floor((data.done / data.total) * 100) : 100 });
            else if (data.type === 'done') resolve({ parsed: data.parsed, hash: data.hash });
            else if (data.type === 'error') reject(new Error(data.message));
          };
          worker.onerror = (event) => reject(new Error(`${file.name}: ${event.message}`));
          worker.postMessage({ id, name: file.name, bytes } satisfies WorkerRequest, [bytes]);
        }),
      );
    }
    onProgress({ stage: 'saving' });
    const summary = await writeImports(db, parsed, Date.now());
    await sendToBackground({ type: 'shop/imported' });
    return { files: parsed.map((f) => f.parsed), summary };
  } finally {
    worker.terminate();
  }
}

/**
 * Reads keyword files (or a pasted list, as a .txt) into banks in the worker. All or nothing: the
 * first file that fails stops the import before any bank is sent to the background.
 */
export async function readKeywordBanks(files: readonly { name: string; bytes: ArrayBuffer }[]): Promise<KeywordBank[]> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  try {
    const banks: KeywordBank[] = [];
    for (const [id, { name, bytes }] of files.entries())
      banks.push(
        await new Promise<KeywordBank>((resolve, reject) => {
          worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
            if (data.id !== id) return;
            if (data.type === 'bank') resolve(data.bank);
            else if (data.type === 'error') reject(new Error(data.message));
          };
          worker.onerror = (event) => reject(new Error(`${name}: ${event.message}`));
          worker.postMessage({ id, name, bytes, kind: 'keywords' } satisfies WorkerRequest, [bytes]);
        }),
      );
    return banks;
  } finally {
    worker.terminate();
  }
}
