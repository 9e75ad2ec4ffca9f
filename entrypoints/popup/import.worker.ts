// Parses chosen files off the popup's thread: a 100k-row export takes seconds to decode and map, and
// the popup must keep painting its progress meanwhile.
import { readImport } from '@/lib/shop/import/index';
import { readKeywordFile } from '@/lib/keywords/parse';
import { fileHash } from '@/lib/db/write';
import { InputError } from '@/lib/tables/errors';
import type { WorkerReply, WorkerRequest } from './import-client';

const reply = (message: WorkerReply) => postMessage(message);

onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, name, bytes, kind } = event.data;
  try {
    const data = new Uint8Array(bytes);
    if (kind === 'keywords') {
      reply({ id, type: 'bank', bank: await readKeywordFile(data, name) });
      return;
    }
    const hash = await fileHash(data);
    const parsed = await readImport(data, name, { progress: (done, total) => reply({ id, type: 'progress', done, total }) });
    reply({ id, type: 'done', parsed, hash });
  } catch (error) {
    reply({ id, type: 'error', message: error instanceof InputError ? error.message : `${name}: ${(error as Error).message}` });
  }
};
