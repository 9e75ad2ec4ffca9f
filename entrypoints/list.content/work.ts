// This script's main-thread work on a seller's page, measured with the User Timing API: start-up, the
// page watcher's callbacks, reading rows, badges, verdicts, the toolbar and the card all run through
// `timed`, so the total the benchmark reads (test/e2e/audit.spec.ts) is the script's whole cost.
export const WORK_MEASURE = 'shoplint:list-work';

export type Phase = 'start' | 'watch' | 'read' | 'place' | 'send' | 'walk' | 'card';

let depth = 0;

/** Runs `work` and records its duration; a call inside another is counted by the outer one only. */
export function timed<T>(phase: Phase, work: () => T): T {
  if (depth) return work();
  const start = performance.now();
  depth++;
  try {
    return work();
  } finally {
    depth--;
    performance.measure(WORK_MEASURE, { start, end: performance.now(), detail: phase });
  }
}

/**
 * Records the work from `start` until now as one slice: for start-up, whose steps are chained by
 * promises that settle without waiting on anything (no I/O), so the time between is this script's.
 */
export function measureSince(phase: Phase, start: number): void {
  performance.measure(WORK_MEASURE, { start, end: performance.now(), detail: phase });
}
