// A worker thread of `shoplint lint` (cli/commands/lint-judge.ts): judges the batches it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadAutomataAhead } from './automata';
import { compileBanks, judgeBatch, type WorkerSetup } from './commands/lint-judge';
import type { Listing } from '../lib/schemas/listing';

const setup = workerData as WorkerSetup;
loadAutomataAhead();
const banks = await compileBanks(setup.keywordFiles, setup.category);
parentPort!.on('message', ({ index, first, listings }: { index: number; first: number; listings: Listing[] }) => {
  parentPort!.postMessage({ index, ...judgeBatch(listings, first, { ...setup, banks }) });
});
