import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';

/** A job whose runs the test finishes by hand; `started` counts them, `state` is what a run reads. */
function manualJob() {
  const job = { started: 0, state: 0, finish: [] as Array<() => void>, failNext: false };
  const run = () =>
    new Promise<number>((resolve, reject) => {
      job.started++;
      const seen = job.state;
      const fail = job.failNext;
      job.failNext = false;
      job.finish.push(() => (fail ? reject(new Error('run failed')) : resolve(seen)));
    });
  return { job, run };
}
const settle = () => new Promise((done) => setTimeout(done));

describe('coalesce', () => {
  it('runs once when called once, and again when called after that run', async () => {
    const { job, run } = manualJob();
    const refresh = coalesce(run);
    const first = refresh();
    job.finish.shift()!();
    expect(await first).toBe(0);
    job.state = 1;
    const second = refresh();
    job.finish.shift()!();
    expect(await second).toBe(1);
    expect(job.started).toBe(2);
  });

  it('gives calls made during a run one next run, which sees what changed meanwhile', async () => {
    const { job, run } = manualJob();
    const refresh = coalesce(run);
    const first = refresh();
    job.state = 1; // an import written while the first run reads
    const [a, b, c] = [refresh(), refresh(), refresh()];
    expect(job.started).toBe(1);
    job.finish.shift()!();
    expect(await first).toBe(0);
    await settle();
    expect(job.started).toBe(2);
    job.finish.shift()!();
    expect(await Promise.all([a, b, c])).toEqual([1, 1, 1]);
    expect(job.started).toBe(2);
  });

  it('starts the next run after a failed one, and passes the failure to its own callers only', async () => {
    const { job, run } = manualJob();
    const refresh = coalesce(run);
    job.failNext = true;
    const first = refresh();
    const second = refresh();
    job.finish.shift()!();
    await expect(first).rejects.toThrow('run failed');
    await settle();
    job.finish.shift()!();
    expect(await second).toBe(0);
    expect(job.started).toBe(2);
  });
});
