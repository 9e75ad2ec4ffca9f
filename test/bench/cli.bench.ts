// The command line's start-up, built ahead (dist/cli, npm run build:cli) beside the TypeScript sources
// through tsx (what bin/shoplint.js ran before, SHOPLINT_FROM_SOURCE=1), alternating in one run: --help
// and one title linted, wall time of a whole process (issue #19: ≤ 250 ms and ≤ 400 ms on this machine).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRealTitles } from '../corpus';
import { benchGroup, printGroup } from './harness';

const BIN = new URL('../../bin/shoplint.js', import.meta.url).pathname;

function shoplint(fromSource: boolean, ...args: string[]): () => void {
  return () => {
    const run = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, SHOPLINT_FROM_SOURCE: fromSource ? '1' : '0' }, encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`shoplint ${args.join(' ')}: exit ${run.status}: ${run.stderr}`);
  };
}

/** Runs a whole process with stdout to `out`; its wall time in ms. */
function timed(args: string[], out: string, env: NodeJS.ProcessEnv = {}): number {
  const fd = openSync(out, 'w');
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  closeSync(fd);
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')}: exit ${run.status}: ${run.stderr}`);
  return ms;
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The floor: read the JSONL and parse every row, then write the JSON a lint writes (its bytes, read
// from the lint's own output): what no batch lint can beat.
const FLOOR = `const fs=require('fs');const rows=fs.readFileSync(process.argv[1],'utf8').split('\\n').filter(Boolean).map((l)=>JSON.parse(l));const out=fs.readFileSync(process.argv[2],'utf8');fs.writeSync(1,out);if(!rows.length)process.exit(9)`;

/** 100k real titles (the corpus's 14,982, repeated with new ids), linted to JSON by the built CLI,
 *  beside the I/O floor; each with its start-up (one title / an empty file) subtracted. */
function batchLint(count = 100_000): void {
  const dir = mkdtempSync(join(tmpdir(), 'shoplint-batch-'));
  try {
    const titles = readRealTitles().map((t) => t.title);
    const input = join(dir, 'titles.jsonl');
    writeFileSync(input, Array.from({ length: count }, (_, i) => JSON.stringify({ id: String(i + 1), title: titles[i % titles.length] })).join('\n') + '\n');
    const one = join(dir, 'one.jsonl');
    writeFileSync(one, JSON.stringify({ id: '1', title: titles[0] }) + '\n');
    const linted = join(dir, 'linted.json');
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '{}\n');
    const lint = (file: string, threads?: number) => timed([BIN, 'lint', file, '--format', 'json', ...(threads ? ['--threads', String(threads)] : [])], linted, { SHOPLINT_FROM_SOURCE: '0' });
    lint(input); // warms the file cache, and writes the output the floor copies
    const floor = (file: string) => timed(['-e', FLOOR, file, linted], join(dir, 'floor.json'));
    const rows = [
      { name: 'I/O floor (read + parse JSONL, write the JSON)', run: () => floor(input), start: () => timed(['-e', '0'], join(dir, 'start.out')) },
      { name: 'shoplint lint --threads 1', run: () => lint(input, 1), start: () => lint(one) },
      { name: 'shoplint lint (a worker per core)', run: () => lint(input), start: () => lint(one) },
    ].map((row) => ({ ...row, runs: [] as number[], starts: [] as number[] }));
    for (let r = 0; r < 3; r++)
      for (const row of rows) {
        row.runs.push(row.run());
        row.starts.push(row.start());
      }
    const net = rows.map((row) => median(row.runs) - median(row.starts));
    console.log(`\nBatch lint of ${count.toLocaleString('en')} real titles to JSON, start-up subtracted (wall, median of 3; issue #19: ≤ 5× the floor)`);
    rows.forEach((row, i) => console.log(`  ${row.name.padEnd(48)} ${net[i]!.toFixed(0).padStart(7)} ms  ${((net[i]! / count) * 1000).toFixed(1).padStart(6)} µs/title   ×${(net[i]! / net[0]!).toFixed(2)}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function run(): void {
  if (!existsSync(new URL('../../dist/cli/main.js', import.meta.url))) throw new Error('no dist/cli: run npm run build:cli first');
  for (const [label, args] of [
    ['shoplint --help', ['--help']],
    ['shoplint lint --title (one title)', ['lint', '--title', '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套']],
  ] as const) {
    printGroup(
      benchGroup(`CLI start-up: ${label} (wall, whole process; median of 7)`, 'tsx (sources)', [
        { name: 'tsx (sources)', run: shoplint(true, ...args) },
        { name: 'built ahead (dist/cli)', run: shoplint(false, ...args) },
      ], { rounds: 7, minMs: 0 }),
    );
  }
  batchLint();
}
