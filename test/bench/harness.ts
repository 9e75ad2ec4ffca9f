// A tiny side-by-side benchmark: every candidate of a group runs in the same process on the same
// input, alternating rounds so that machine noise hits all of them alike; results are medians,
// printed as ratios to the group's baseline. Timing is reported, never asserted.
export interface Candidate {
  name: string;
  run: () => unknown;
}

export interface GroupResult {
  group: string;
  rows: { name: string; ms: number; ratio: number }[];
}

let sink: unknown;

function timeOnce(fn: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) sink = fn();
  return (performance.now() - start) / iterations;
}

export function benchGroup(group: string, baseline: string, candidates: Candidate[], { rounds = 15, minMs = 20 } = {}): GroupResult {
  // Calibrate iterations so one sample lasts at least minMs, and warm up the JIT.
  const iterations = candidates.map((c) => {
    let n = 1;
    while (timeOnce(c.run, n) * n < minMs && n < 1e6) n *= 2;
    return n;
  });
  const samples = candidates.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) candidates.forEach((c, i) => samples[i]!.push(timeOnce(c.run, iterations[i]!)));
  const medians = samples.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)]!);
  const base = medians[candidates.findIndex((c) => c.name === baseline)]!;
  void sink;
  return { group, rows: candidates.map((c, i) => ({ name: c.name, ms: medians[i]!, ratio: medians[i]! / base })) };
}

export function printGroup({ group, rows }: GroupResult, unit: 'ms' | 'µs' = 'ms'): void {
  console.log(`\n${group}`);
  for (const row of rows) {
    const time = unit === 'ms' ? `${row.ms.toFixed(3)} ms` : `${(row.ms * 1000).toFixed(2)} µs`;
    console.log(`  ${row.name.padEnd(34)} ${time.padStart(12)}   ×${row.ratio.toFixed(2)}`);
  }
}
