// The title score: 100 points split over the parts an operator judges a title by. Each title rule
// governs `meta.score.weight` points of one part; each finding takes away its share of them (all of
// them unless the rule says a smaller fraction; a note costs half), never more than the rule holds.
// So every lost point has a finding that explains it and says what raises it.
// A title with an error (a 广告法 word, a borrowed brand, over the length limit) cannot be published
// as it is or invites a fine, so it fails whatever else is right: its score is capped below 60.
import type { Localized } from '../schemas/common';
import type { Finding } from '../schemas/finding';
import type { Rule, ScorePart } from './define-rule';
import { rules } from '../rules/index';

export const PART_LABELS: Record<ScorePart, Localized> = {
  compliance: { zh: '合规', en: 'Compliance' },
  length: { zh: '长度', en: 'Length' },
  structure: { zh: '结构', en: 'Structure' },
  clean: { zh: '整洁', en: 'Cleanliness' },
};

const SEVERITY_COST = { error: 1, warn: 1, info: 0.5 } as const;

export interface ScorePartResult {
  part: ScorePart;
  label: Localized;
  max: number;
  points: number;
  /** Points lost per rule, with the findings that lost them. */
  lost: { ruleId: string; points: number; findings: Finding[] }[];
}

export interface TitleScore {
  score: number;
  parts: ScorePartResult[];
  /** Set when an error finding caps the score below a pass. */
  cappedAt?: number;
}

export const ERROR_CAP = 59;

const titleRules = (rules as readonly Rule[]).filter((r) => r.meta.input === 'title' && r.meta.score);

export function scoreTitle(findings: readonly Finding[]): TitleScore {
  const parts = new Map<ScorePart, ScorePartResult>();
  for (const part of Object.keys(PART_LABELS) as ScorePart[])
    parts.set(part, { part, label: PART_LABELS[part], max: 0, points: 0, lost: [] });
  for (const rule of titleRules) {
    const { part, weight } = rule.meta.score!;
    const result = parts.get(part)!;
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

const round1 = (n: number) => Math.round(n * 10) / 10;
