// critique/: a product detail page judged against the operating manual's checklist. Extractors turn a
// Document (the browser's, or linkedom's in the CLI) into a plain PageModel; the page-* rules in
// lib/rules judge the model; score.ts turns findings into the page score. Nothing here touches the
// live page beyond reading the Document it is given, and nothing opens storage or the network.
import type { Finding } from '../schemas/finding';
import type { PageModel } from '../schemas/page';
import { runRules, type RunOptions } from '../engine/run';
import { scorePage, type PageScore } from './score';

export interface Critique {
  page: PageModel;
  score: number;
  breakdown: PageScore;
  findings: Finding[];
}

/** Findings in page order: title, main images, specs, reviews, then the description from top to bottom. */
const ORDER = ['title', 'mainImages', 'specs', 'reviews', 'qa', 'desc'];
const rank = (f: Finding) => {
  const where = f.where ?? '';
  const block = /^desc:(\d+)$/.exec(where);
  return block ? 1000 + Number(block[1]) : where === 'desc' ? 999 : where ? ORDER.indexOf(where) : -1;
};
const SEVERITY = { error: 0, warn: 1, info: 2 } as const;

/** Findings listed per rule: a page full of banned words would otherwise print megabytes (issue #21). */
export const FINDINGS_PER_RULE = 20;

/**
 * The first FINDINGS_PER_RULE findings of each rule (in page order, most severe first), then one
 * finding per capped rule saying how many more there are, at the most severe level it left out.
 */
export function capFindings(findings: readonly Finding[], per = FINDINGS_PER_RULE): Finding[] {
  const listed = new Map<string, number>();
  const dropped = new Map<string, Finding[]>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const n = listed.get(f.ruleId) ?? 0;
    listed.set(f.ruleId, n + 1);
    if (n < per) kept.push(f);
    else {
      let rest = dropped.get(f.ruleId);
      if (!rest) dropped.set(f.ruleId, (rest = []));
      rest.push(f);
    }
  }
  for (const [ruleId, rest] of dropped) {
    const worst = rest.reduce((a, b) => (SEVERITY[b.severity] < SEVERITY[a.severity] ? b : a));
    kept.push({
      ruleId,
      severity: worst.severity,
      messageId: 'more',
      message: `……另有 ${rest.length} 处同类问题未列出`,
      messageEn: `… and ${rest.length} more`,
      weight: 0,
    });
  }
  return kept;
}

/** The critique of a page, or undefined for a block/verification page (nothing to judge). */
export function critiquePage(page: PageModel, opts: RunOptions = {}): Critique | undefined {
  if (page.blocked) return undefined;
  const findings = runRules('page', page, { ...opts, platform: page.platform }).sort(
    (a, b) => SEVERITY[a.severity] - SEVERITY[b.severity] || rank(a) - rank(b) || (a.start ?? 0) - (b.start ?? 0),
  );
  // The score counts every finding; the list names the first few of each rule.
  const breakdown = scorePage(page, findings);
  return { page, score: breakdown.score, breakdown, findings: capFindings(findings) };
}
