// Imports the chosen files off the popup's thread: decoding and mapping a 100k-row export, and the
// structured cloning IndexedDB does for every row written, take seconds that the popup must spend
// painting its progress instead. The worker is the popup's own (same extension origin and database).
import { readImport } from '@/lib/shop/import/index';
import { fileHash, writeImports, type ImportFile } from '@/lib/db/write';
import { openShopDb } from '@/lib/db/schema';
import { InputError } from '@/lib/tables/errors';
import { readKeywordFile } from '@/lib/keywords/parse';
import type { WorkerReply, WorkerRequest } from './import-client';

const reply = (message: WorkerReply) => postMessage(message);
const REJECTED_KEPT = 50;

onmessage = async ({ data: request }: MessageEvent<WorkerRequest>) => {
  const started = performance.now();
  try {
    if ('keywords' in request) {
      const banks = [];
      for (const { name, bytes } of request.keywords) banks.push(await readKeywordFile(new Uint8Array(bytes), name));
      reply({ type: 'banks', banks });
      return;
    }
    const { files, skipRejected } = request;
    const parsed: ImportFile[] = [];
    for (const { name, bytes } of files) {
      const data = new Uint8Array(bytes);
      const from = performance.now();
      // Rows and rows per second, so a seller importing 100k orders sees it move and how fast.
      const progress = (done: number, total: number) => {
        const seconds = (performance.now() - from) / 1000;
        reply({ type: 'progress', stage: 'parsing', file: name, percent: total ? Math.floor((done / total) * 100) : 100, rows: done, rowsPerSecond: seconds > 0 ? Math.round(done / seconds) : 0 });
      };
      parsed.push({ hash: await fileHash(data), parsed: await readImport(data, name, { progress }) });
    }
    const report = parsed.map(({ parsed: p }) => ({ file: p.file, source: p.source, kind: p.kind, rows: p.rows, rejectedCount: p.rejected.length, rejected: p.rejected.slice(0, REJECTED_KEPT), notices: p.notices.slice(0, REJECTED_KEPT) }));
    // All or nothing, as the CLI: a file with a row we cannot read writes nothing, unless the seller,
    // shown those rows, chose to import the rest.
    if (!skipRejected && parsed.some(({ parsed: p }) => p.rejected.length > 0)) {
      reply({ type: 'refused', files: report });
      return;
    }
    const parsedAt = performance.now();
    const rows = parsed.reduce((n, { parsed: p }) => n + p.rows, 0);
    // The orders merged into what is stored, and how fast; then the rows of their days are written.
    const saving = (done: number, orders: number) => {
      const seconds = (performance.now() - parsedAt) / 1000;
      reply({ type: 'progress', stage: 'saving', rows, orders, done, rowsPerSecond: seconds > 0 ? Math.round(done / seconds) : 0 });
    };
    const db = openShopDb();
    const summary = await writeImports(db, parsed, Date.now(), { progress: saving });
    db.close();
    reply({
      type: 'done',
      summary,
      files: report,
      timings: { parseMs: Math.round(parsedAt - started), writeMs: Math.round(performance.now() - parsedAt) },
    });
  } catch (error) {
    const message = (error as Error).message;
    reply({ type: 'error', message: error instanceof InputError ? { zh: error.in('zh'), en: error.in('en') } : { zh: message, en: message } });
  }
};
