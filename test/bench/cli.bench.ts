// The command line's start-up, built ahead (dist/cli, npm run build:cli) beside the TypeScript sources
// through tsx (what bin/shoplint.js ran before, SHOPLINT_FROM_SOURCE=1), alternating in one run: --help
// and one title linted, wall time of a whole process (issue #19: ≤ 250 ms and ≤ 400 ms on this machine).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { benchGroup, printGroup } from './harness';

const BIN = new URL('../../bin/shoplint.js', import.meta.url).pathname;

function shoplint(fromSource: boolean, ...args: string[]): () => void {
  return () => {
    const run = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, SHOPLINT_FROM_SOURCE: fromSource ? '1' : '0' }, encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`shoplint ${args.join(' ')}: exit ${run.status}: ${run.stderr}`);
  };
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
}
