// npm run corpus: every title of ../shared/corpus/real-titles.jsonl through lintListing (the engine the
// overlay, the CLI and the list audit share), and what the 广告法 rule does with them: per entry or
// family and severity, how many titles it flags, with the totals and the time per title.
//   --sample N [--seed S] [--out FILE]  also writes N random error findings, N random warn findings
//   and 2N random unflagged titles as JSON lines to FILE, for judging by hand (one finding a line).
//   --findings FILE  writes every finding (id, start, text, severity, messageId), one JSON line each;
//   --against FILE   compares with such a file written by another version: removed, added and changed findings;
//   --rejudge FILE   re-runs hand-judged lines ({title, finding?: {text, severity}, verdict}: right | wrong | over |
//                    under for a finding, clean | miss for a title) and says what became of each judged verdict.
// Measures, never tunes: nothing here feeds back into the lexicons.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lintListing } from '../lib/engine/lint';
import type { Finding } from '../lib/schemas/finding';
import { sharedPath } from '../test/shared-data';
import { rng } from '../test/bench/workload';

const { values } = parseArgs({
  options: {
    sample: { type: 'string' },
    seed: { type: 'string', default: '15' },
    out: { type: 'string', default: 'corpus-sample.jsonl' },
    top: { type: 'string', default: '40' },
    findings: { type: 'string' },
    against: { type: 'string' },
    rejudge: { type: 'string' },
  },
});
const file = sharedPath('corpus/real-titles.jsonl');
/** The JSON lines of `path`; a line that is not JSON throws naming its file and line. */
function jsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
    });
}
const rows = jsonLines<{ id: string; title: string }>(file);

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

// Every finding, for comparing two versions of the lexicons or the matcher on the whole corpus.
type Line = { id: string; start?: number; text?: string; severity: string; messageId: string };
const lines: Line[] = flagged.map(({ id, finding: f }) => ({ id, start: f.start, text: f.text, severity: f.severity, messageId: f.messageId }));
if (values.findings) writeFileSync(values.findings, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
if (values.against) {
  const at = (l: Line) => `${l.id}@${l.start}:${l.text}`;
  const before = new Map(jsonLines<Line>(values.against).map((l) => [at(l), l]));
  const now = new Map(lines.map((l) => [at(l), l]));
  const titleOf = new Map(rows.map((r) => [r.id, r.title]));
  const show = (l: Line) => `${l.text} | ${titleOf.get(l.id)?.slice(Math.max(0, (l.start ?? 0) - 10), (l.start ?? 0) + 20)}`;
  const removed = [...before.values()].filter((l) => !now.has(at(l)));
  const added = [...now.values()].filter((l) => !before.has(at(l)));
  const changed = [...now.values()].filter((l) => before.has(at(l)) && (before.get(at(l))!.severity !== l.severity || before.get(at(l))!.messageId !== l.messageId));
  console.log(`\nagainst ${values.against}: ${removed.length} removed, ${added.length} added, ${changed.length} changed severity or message`);
  for (const l of removed) console.log(`  - ${l.severity} ${show(l)}`);
  for (const l of added) console.log(`  + ${l.severity} ${show(l)}`);
  for (const l of changed) console.log(`  ~ ${before.get(at(l))!.severity} → ${l.severity} ${l.messageId} ${show(l)}`);
}

// Hand-judged lines re-run: a judged finding may be gone, keep its severity or change it; a judged title may now be flagged.
if (values.rejudge) {
  type Judged = { title: string; finding?: { text: string; severity: string } | null; verdict: string };
  const tally = new Map<string, number>();
  for (const j of jsonLines<Judged>(values.rejudge)) {
    const now = lintListing({ title: j.title }).findings.filter((f) => f.ruleId === RULE);
    let state: string;
    if (j.finding) {
      const same = now.find((f) => f.text === j.finding!.text);
      state = `${j.finding.severity} ${j.verdict} → ${!same ? 'gone' : same.severity === j.finding.severity ? 'same' : same.severity}`;
    } else state = `title ${j.verdict} → ${now.length ? 'flagged' : 'clean'}`;
    tally.set(state, (tally.get(state) ?? 0) + 1);
  }
  console.log(`\nrejudged ${values.rejudge} (judged verdict → now):`);
  for (const [state, n] of [...tally].sort()) console.log(`  ${state}: ${n}`);
}
