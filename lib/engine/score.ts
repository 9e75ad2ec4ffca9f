// Scores out of 100, split over the parts an operator judges a title (or a product page) by. Each
// scoring rule governs `meta.score.weight` points of one part; each finding takes away its share of
// them (all of them unless the rule says a smaller fraction; a note costs half), never more than the
// rule holds. So every lost point has a finding that explains it and says what raises it.
// An error (a 广告法 word, a borrowed brand, a title over the length limit) means the listing cannot be
// published as it is or invites a fine, so it fails whatever else is right: the score is capped below 60.
import type { Localized } from '../schemas/common';
import type { Finding } from '../schemas/finding';
import type { InputKind, Rule, TitleScorePart } from './define-rule';
import { rules } from '../rules/index';

export const PART_LABELS: Record<TitleScorePart, Localized> = {
  compliance: { zh: '合规', en: 'Compliance' },
  length: { zh: '长度', en: 'Length' },
  structure: { zh: '结构', en: 'Structure' },
  clean: { zh: '整洁', en: 'Cleanliness' },
};

const SEVERITY_COST = { error: 1, warn: 1, info: 0.5 } as const;

export interface ScorePartResult<P extends string = TitleScorePart> {
  part: P;
  label: Localized;
  max: number;
  points: number;
  /** Points lost per rule, with the findings that lost them. */
  lost: { ruleId: string; points: number; findings: Finding[] }[];
}

export interface Score<P extends string> {
  score: number;
  parts: ScorePartResult<P>[];
  /** Set when an error finding caps the score below a pass. */
  cappedAt?: number;
}

export const ERROR_CAP = 59;
export type TitleScore = Score<TitleScorePart>;

const scoring = new Map<InputKind, readonly Rule[]>();
const scoringRules = (kind: InputKind) => {
  let list = scoring.get(kind);
  if (!list) scoring.set(kind, (list = (rules as readonly Rule[]).filter((r) => r.meta.input === kind && r.meta.score)));
  return list;
};

/**
 * The score of one input of `kind` from its findings. Rules in `unmeasured` are left out of the total
 * (neither points nor maximum): a page whose load time nobody measured is not given its speed points.
 */
export function scoreFindings<P extends string>(
  kind: InputKind,
  labels: Record<P, Localized>,
  findings: readonly Finding[],
  unmeasured: ReadonlySet<string> = new Set(),
): Score<P> {
  const parts = new Map<P, ScorePartResult<P>>();
  for (const part of Object.keys(labels) as P[]) parts.set(part, { part, label: labels[part], max: 0, points: 0, lost: [] });
  for (const rule of scoringRules(kind)) {
    if (unmeasured.has(rule.meta.id)) continue;
    const { part, weight } = rule.meta.score!;
    const result = parts.get(part as P);
    if (!result) throw new Error(`${rule.meta.id}: score part "${part}" is not a ${kind} score part`);
    result.max += weight;
    const own = findings.filter((f) => f.ruleId === rule.meta.id);
    const cost = Math.min(weight, own.reduce((sum, f) => sum + weight * SEVERITY_COST[f.severity] * (f.weight ?? 1), 0));
    result.points += weight - cost;
    if (cost > 0) result.lost.push({ ruleId: rule.meta.id, points: round1(cost), findings: own });
  }
  const list = [...parts.values()].filter((p) => p.max > 0);
  for (const p of list) {
    p.points = round1(p.points);
    p.lost.sort((a, b) => b.points - a.points);
  }
  const total = list.reduce((sum, p) => sum + p.points, 0);
  const max = list.reduce((sum, p) => sum + p.max, 0);
  const score = max ? Math.round((total / max) * 100) : 100;
  const hasError = list.some((p) => p.lost.some((l) => l.findings.some((f) => f.severity === 'error')));
  return hasError && score > ERROR_CAP ? { score: ERROR_CAP, parts: list, cappedAt: ERROR_CAP } : { score, parts: list };
}

export function scoreTitle(findings: readonly Finding[]): TitleScore {
  return scoreFindings('title', PART_LABELS, findings);
}

const round1 = (n: number) => Math.round(n * 10) / 10;
