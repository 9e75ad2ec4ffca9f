// Runs an import for the popup: the worker parses every chosen file and writes them all in one
// transaction (lib/db/write.ts); then the background recomputes the alerts, which the popup's live
// query shows.
import type { ParsedImport, Rejected } from '@/lib/shop/import/index';
import type { ImportSummary } from '@/lib/db/write';
import { sendToBackground } from '@/extension/messages';

export interface WorkerRequest {
  files: { name: string; bytes: ArrayBuffer }[];
}

export interface ImportedFile extends Pick<ParsedImport, 'file' | 'source' | 'kind' | 'rows'> {
  rejectedCount: number;
  /** The first rejected rows, with why. */
  rejected: Rejected[];
}

export type ImportProgress =
  | { stage: 'reading'; file: string }
  | { stage: 'parsing'; file: string; percent: number }
  | { stage: 'saving' }
  | { stage: 'alerts' };

export type WorkerReply =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; summary: ImportSummary; files: ImportedFile[]; timings: { parseMs: number; writeMs: number } }
  | { type: 'error'; message: string };

export interface ImportResult {
  files: ImportedFile[];
  summary: ImportSummary;
  timings: { parseMs: number; writeMs: number; alertsMs: number };
}

export async function importFiles(files: readonly File[], onProgress: (p: ImportProgress) => void): Promise<ImportResult> {
  const payload: WorkerRequest['files'] = [];
  for (const file of files) {
    onProgress({ stage: 'reading', file: file.name });
    payload.push({ name: file.name, bytes: await file.arrayBuffer() });
  }
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  try {
    const done = await new Promise<Extract<WorkerReply, { type: 'done' }>>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
        if (data.type === 'progress') {
          const { type: _, ...progress } = data;
          onProgress(progress);
        } else if (data.type === 'done') resolve(data);
        else reject(new Error(data.message));
      };
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage({ files: payload } satisfies WorkerRequest, payload.map((f) => f.bytes));
    });
    onProgress({ stage: 'alerts' });
    const started = performance.now();
    await sendToBackground({ type: 'shop/imported' });
    return { files: done.files, summary: done.summary, timings: { ...done.timings, alertsMs: Math.round(performance.now() - started) } };
  } finally {
    worker.terminate();
  }
}
