// audit/: the shop-wide listing audit — every listing of the 千牛/抖店 product lists judged by the same
// lintListing as the editor and the CLI, one record per listing that remembers its previous state.
// Pure: the background stores what this returns (lib/db/audit.ts); nothing here touches the page.
import { lintListing } from '../engine/lint';
import type { RuleConfig } from '../engine/config';
import type { WordBank } from '../lexicon/bank';
import { LEXICON_VERSION } from '../lexicon/index';
import type { UserWords } from '../lexicon/schema';
import { rules } from '../rules/index';
import type { Platform } from '../schemas/common';
import type { Finding } from '../schemas/finding';
import type { ListingInput } from '../schemas/listing';
import type { AuditLevel, AuditRecord, AuditSnapshot, AuditVerdict, ListRow } from '../schemas/audit';

/** FNV-1a, base 36: a short, stable name for the set of rule ids. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** What judged a record: a new lexicon or a rule added or removed makes every listing due again. */
export const RULESET = `${LEXICON_VERSION}+${fnv(rules.map((r) => r.meta.id).sort().join(','))}`;

/**
 * JSON with object keys sorted and empty parts left out: the same settings give the same text
 * whatever order they were saved in, and settings left at their defaults give `{}`.
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return value.length ? `[${value.map(canonical).join(',')}]` : '';
  if (value && typeof value === 'object') {
    const parts = Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])] as const)
      .filter(([, text]) => text !== '' && text !== '{}')
      .map(([k, text]) => `${JSON.stringify(k)}:${text}`);
    return `{${parts.join(',')}}`;
  }
  return value === undefined ? '' : JSON.stringify(value);
}

/** What judges the rows of one platform: the seller's settings, as the editor applies them. */
export interface AuditJudge {
  /** The seller's word bank (`wordBank(settings.words)`). */
  bank?: WordBank;
  /** The seller's rule settings for the platform. */
  config?: RuleConfig;
  /** What every listing of the shop takes from the shop profile (its running promotions). */
  listing?: Pick<ListingInput, 'promos'>;
  /** Names the rule set and these settings (`rulesetFor`): a record judged under another is judged again. */
  ruleset: string;
}

/** The rule set with the seller's settings in it: a word or a rule switch changed makes every listing due again. */
export function rulesetFor(settings: { words?: Partial<UserWords>; config?: RuleConfig; listing?: Pick<ListingInput, 'promos'> }): string {
  const own = canonical({ words: settings.words, config: settings.config, promos: settings.listing?.promos });
  return own === '{}' ? RULESET : `${RULESET}+${fnv(own)}`;
}

/** The shipped words and rules, no settings: the CLI's judgement. */
export const DEFAULT_JUDGE: AuditJudge = { ruleset: RULESET };

export const auditKey = (platform: Platform, id: string): string => `${platform}:${id}`;

const findingId = (f: Finding) => `${f.ruleId}:${f.text ?? f.messageId}`;

/** Errors first by score, then warnings by score, then clean listings: one index gives "worst first". */
export function rankOf(level: AuditLevel, score: number): number {
  return { error: 0, warn: 100, ok: 200 }[level] + score;
}

export interface Audited {
  record: AuditRecord;
  /** The listing (title, price) or the rule set changed: it was judged again. */
  rechecked: boolean;
  /** Something to write (a recheck, or new stock/sales numbers). */
  dirty: boolean;
}

/**
 * Audits one row against its stored record. A listing whose title and price are unchanged since an
 * audit by the same rule set and settings keeps that audit (it is not re-counted); one that changed
 * is judged again and keeps the state before the change as `previous`.
 */
export function auditRow(platform: Platform, row: ListRow, stored: AuditRecord | undefined, now: number, judge: AuditJudge = DEFAULT_JUDGE): Audited {
  const numbers = { ...(row.stock !== undefined && { stock: row.stock }), ...(row.sales30 !== undefined && { sales30: row.sales30 }) };
  const same = stored && stored.title === row.title && stored.price === row.price;
  if (same && stored.ruleset === judge.ruleset) {
    const dirty = (row.stock !== undefined && row.stock !== stored.stock) || (row.sales30 !== undefined && row.sales30 !== stored.sales30);
    return { record: dirty ? { ...stored, ...numbers } : stored, rechecked: false, dirty };
  }
  const { score, findings } = lintListing(
    { id: row.id, title: row.title, platform, ...(row.price !== undefined && { price: row.price }), ...judge.listing },
    { ...(judge.bank && { bank: judge.bank }), ...(judge.config && { config: judge.config }) },
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warn').length;
  const level: AuditLevel = errors ? 'error' : warnings ? 'warn' : 'ok';
  // Only a change of the listing itself moves `previous`; a new rule set or new settings re-judge the same listing.
  const previous: AuditSnapshot | undefined = !stored
    ? undefined
    : same
      ? stored.previous
      : { title: stored.title, ...(stored.price !== undefined && { price: stored.price }), score: stored.score, findingIds: stored.findingIds, checkedAt: stored.checkedAt };
  const changedAt = !stored ? undefined : same ? stored.changedAt : now;
  const record: AuditRecord = {
    key: auditKey(platform, row.id),
    platform,
    id: row.id,
    title: row.title,
    ...(row.price !== undefined && { price: row.price }),
    ...numbers,
    score,
    level,
    rank: rankOf(level, score),
    errors,
    warnings,
    findings: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, messageEn: f.messageEn })),
    findingIds: findings.map(findingId),
    checkedAt: now,
    ruleset: judge.ruleset,
    ...(previous && { previous }),
    ...(changedAt !== undefined && { changedAt }),
  };
  return { record, rechecked: true, dirty: true };
}

export function verdictOf(record: AuditRecord): AuditVerdict {
  return {
    id: record.id,
    platform: record.platform,
    score: record.score,
    errors: record.errors,
    warnings: record.warnings,
    findings: record.findings,
    ...(record.previous && { previousScore: record.previous.score }),
  };
}

/** What changed since the previous audit: findings fixed and findings new. */
export function changesOf(record: AuditRecord): { fixed: string[]; added: string[] } | undefined {
  if (!record.previous) return undefined;
  const before = new Set(record.previous.findingIds);
  const now = new Set(record.findingIds);
  return { fixed: [...before].filter((id) => !now.has(id)), added: [...now].filter((id) => !before.has(id)) };
}
