// npm run corpus: every title of ../shared/corpus/real-titles.jsonl through lintListing (the engine the
// overlay, the CLI and the list audit share), and what the 广告法 rule does with them: per entry or
// family and severity, how many titles it flags, with the totals and the time per title.
//   --sample N [--seed S] [--out FILE]  also writes N random error findings, N random warn findings
//   and 2N random unflagged titles as JSON lines to FILE, for judging by hand (one finding a line).
// Measures, never tunes: nothing here feeds back into the lexicons.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lintListing } from '../lib/engine/lint';
import type { Finding } from '../lib/schemas/finding';
import { sharedPath } from '../test/shared-data';
import { rng } from '../test/bench/workload';

const { values } = parseArgs({ options: { sample: { type: 'string' }, seed: { type: 'string', default: '15' }, out: { type: 'string', default: 'corpus-sample.jsonl' }, top: { type: 'string', default: '40' } } });
const file = sharedPath('corpus/real-titles.jsonl');
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, i) => {
    try {
      return JSON.parse(line) as { id: string; title: string };
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON`);
    }
  });

const RULE = 'banned-word';
const flagged: { id: string; title: string; finding: Finding }[] = [];
const unflagged: { id: string; title: string }[] = [];
const start = performance.now();
for (const row of rows) {
  const findings = lintListing({ title: row.title }).findings.filter((f) => f.ruleId === RULE);
  if (!findings.length) unflagged.push(row);
  for (const finding of findings) flagged.push({ ...row, finding });
}
const ms = performance.now() - start;

// The entry id is the finding's identity: the family's id, or the term's (ids are stable, CONTRACTS).
const key = (f: Finding) => `${f.severity} ${f.category} ${f.text}`;
const byKey = new Map<string, Set<string>>();
for (const { id, finding } of flagged) {
  const k = key(finding);
  byKey.set(k, (byKey.get(k) ?? new Set()).add(id));
}
const titlesAt = (severity: string) => new Set(flagged.filter((f) => f.finding.severity === severity).map((f) => f.id)).size;
console.log(`${rows.length} titles, ${(ms / rows.length * 1000).toFixed(0)} µs per title (lintListing, all rules)`);
for (const severity of ['error', 'warn', 'info'])
  console.log(`  ${severity}: ${flagged.filter((f) => f.finding.severity === severity).length} findings in ${titlesAt(severity)} titles`);
console.log(`  unflagged: ${unflagged.length} titles`);
console.log(`\nmost frequent (severity category text: titles)`);
for (const [k, ids] of [...byKey].sort((a, b) => b[1].size - a[1].size).slice(0, Number(values.top))) console.log(`  ${k}: ${ids.size}`);

if (values.sample) {
  const n = Number(values.sample);
  const next = rng(Number(values.seed));
  const pick = <T>(xs: T[], count: number) => {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  const line = (kind: string) => (x: { id: string; title: string; finding?: Finding }) =>
    JSON.stringify({ kind, id: x.id, title: x.title, ...(x.finding && { text: x.finding.text, severity: x.finding.severity, category: x.finding.category, message: x.finding.message }) });
  const out = [
    ...pick(flagged.filter((f) => f.finding.severity === 'error'), n).map(line('error')),
    ...pick(flagged.filter((f) => f.finding.severity === 'warn'), n).map(line('warn')),
    ...pick(unflagged, 2 * n).map(line('unflagged')),
  ];
  writeFileSync(values.out!, out.join('\n') + '\n');
  console.log(`\n${out.length} samples → ${values.out}`);
}
