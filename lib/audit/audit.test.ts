import { describe, expect, it } from 'vitest';
import { lintListing } from '../engine/lint';
import { wordBank } from '../lexicon/bank';
import { LEXICON_VERSION } from '../lexicon/index';
import { auditRow, changesOf, rankOf, RULESET, rulesetFor, verdictOf, type AuditJudge } from './audit';

const T0 = Date.UTC(2026, 10, 20, 2);
const BAD = { id: '712345678901', title: '全网最好的冰丝防晒衣女夏季薄款防晒衣', price: 129 };
const GOOD_TITLE = '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套';

describe('auditRow', () => {
  it('judges a new listing with lintListing: same score and findings as the editor and the CLI', () => {
    const { record, rechecked } = auditRow('taobao', { ...BAD, stock: 12, sales30: 340 }, undefined, T0);
    const lint = lintListing({ ...BAD, platform: 'taobao' });
    expect(rechecked).toBe(true);
    expect(record).toMatchObject({ key: 'taobao:712345678901', score: lint.score, level: 'error', stock: 12, sales30: 340, checkedAt: T0, ruleset: RULESET });
    expect(record.findings.map((f) => f.ruleId)).toEqual(lint.findings.map((f) => f.ruleId));
    expect(record.errors).toBe(lint.findings.filter((f) => f.severity === 'error').length);
    expect(record.findingIds).toContain('banned-word:最好');
    expect(record.previous).toBeUndefined();
  });

  it('does not re-judge an unchanged listing; new stock numbers are written without a recheck', () => {
    const first = auditRow('taobao', BAD, undefined, T0).record;
    const again = auditRow('taobao', BAD, first, T0 + 1000);
    expect(again).toEqual({ record: first, rechecked: false, dirty: false });
    const restocked = auditRow('taobao', { ...BAD, stock: 5 }, first, T0 + 2000);
    expect(restocked.rechecked).toBe(false);
    expect(restocked.dirty).toBe(true);
    expect(restocked.record).toEqual({ ...first, stock: 5 });
  });

  it('keeps the state before a change and says what was fixed', () => {
    const first = auditRow('taobao', BAD, undefined, T0).record;
    const { record, rechecked } = auditRow('taobao', { ...BAD, title: GOOD_TITLE }, first, T0 + 86_400_000);
    expect(rechecked).toBe(true);
    expect(record.previous).toEqual({ title: BAD.title, price: 129, score: first.score, findingIds: first.findingIds, checkedAt: T0 });
    expect(record.changedAt).toBe(T0 + 86_400_000);
    expect(first.changedAt).toBeUndefined();
    expect(record.score).toBeGreaterThan(first.score);
    expect(changesOf(record)!.fixed).toContain('banned-word:最好');
    expect(verdictOf(record).previousScore).toBe(first.score);
  });

  it('a price change is a change; an older rule set re-judges without moving `previous`', () => {
    const first = auditRow('douyin', BAD, undefined, T0).record;
    expect(auditRow('douyin', { ...BAD, price: 99 }, first, T0 + 1).record.previous?.price).toBe(129);
    const stale = { ...first, ruleset: `${LEXICON_VERSION}+old` };
    const rejudged = auditRow('douyin', BAD, stale, T0 + 2);
    expect(rejudged.rechecked).toBe(true);
    expect(rejudged.record.ruleset).toBe(RULESET);
    expect(rejudged.record.previous).toBeUndefined();
    // The change time stays that of the change, not of a later re-judgement.
    const changed = auditRow('douyin', { ...BAD, price: 99 }, first, T0 + 1).record;
    expect(auditRow('douyin', { ...BAD, price: 99 }, { ...changed, ruleset: 'old' }, T0 + 5).record.changedAt).toBe(T0 + 1);
  });

  it('ranks errors before warnings before clean listings, lower scores first', () => {
    expect(rankOf('error', 59)).toBeLessThan(rankOf('warn', 10));
    expect(rankOf('warn', 99)).toBeLessThan(rankOf('ok', 0));
    expect(rankOf('error', 20)).toBeLessThan(rankOf('error', 40));
    expect(RULESET.startsWith(`${LEXICON_VERSION}+`)).toBe(true);
  });
});

describe('auditRow with the seller\'s settings', () => {
  const OWN = '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套 山野出品';
  const judge = (words: { banned?: string[] }, config?: AuditJudge['config']): AuditJudge => ({
    bank: wordBank(words),
    ...(config && { config }),
    ruleset: rulesetFor({ words, config }),
  });

  it('judges with the seller\'s words and rule switches, as lintListing does with them', () => {
    const own = judge({ banned: ['山野'] });
    const { record } = auditRow('taobao', { id: '1', title: OWN }, undefined, T0, own);
    const lint = lintListing({ id: '1', title: OWN, platform: 'taobao' }, { bank: own.bank! });
    expect(record.findings.map((f) => f.ruleId)).toEqual(lint.findings.map((f) => f.ruleId));
    expect(record.findingIds).toContain('banned-word:山野');
    expect(record.ruleset).toBe(own.ruleset);
    // Without the seller's words the same title has no banned word.
    expect(auditRow('taobao', { id: '1', title: OWN }, undefined, T0).record.findingIds).not.toContain('banned-word:山野');

    const off = judge({ banned: ['山野'] }, { 'banned-word': 'off' });
    expect(auditRow('taobao', { id: '1', title: OWN }, undefined, T0, off).record.findings.map((f) => f.ruleId)).not.toContain('banned-word');
  });

  it('names the settings in the rule set: a changed word or switch re-judges, the same settings in another order do not', () => {
    expect(rulesetFor({})).toBe(RULESET);
    expect(rulesetFor({ words: { banned: [], allowed: [] }, config: {} })).toBe(RULESET);
    const a = rulesetFor({ words: { banned: ['山野'] }, config: { 'title-length': 'off', 'banned-word': { severity: 'warn' } } });
    expect(a).not.toBe(RULESET);
    expect(a.startsWith(`${RULESET}+`)).toBe(true);
    expect(rulesetFor({ config: { 'banned-word': { severity: 'warn' }, 'title-length': 'off' }, words: { banned: ['山野'] } })).toBe(a);
    expect(rulesetFor({ words: { banned: ['出品'] }, config: { 'title-length': 'off', 'banned-word': { severity: 'warn' } } })).not.toBe(a);
    expect(rulesetFor({ words: { banned: ['山野'] }, config: { 'banned-word': { severity: 'warn' } } })).not.toBe(a);
    expect(rulesetFor({ listing: { promos: ['满200减30'] } })).not.toBe(RULESET);

    const before = auditRow('taobao', { id: '1', title: OWN }, undefined, T0).record;
    const own = judge({ banned: ['山野'] });
    const again = auditRow('taobao', { id: '1', title: OWN }, before, T0 + 1, own);
    expect(again.rechecked).toBe(true);
    expect(again.record.errors).toBeGreaterThan(before.errors);
    // The listing did not change: no `previous` for a new judgement of the same title.
    expect(again.record.previous).toBeUndefined();
    expect(auditRow('taobao', { id: '1', title: OWN }, again.record, T0 + 2, judge({ banned: ['山野'] })).rechecked).toBe(false);
  });

  it('applies the shop\'s promotions to every listing, as the editor does', () => {
    const listing = { promos: ['满两百减三十'] };
    const withPromos: AuditJudge = { listing, ruleset: rulesetFor({ listing }) };
    const { record } = auditRow('taobao', { id: '1', title: OWN, price: 129 }, undefined, T0, withPromos);
    const lint = lintListing({ id: '1', title: OWN, platform: 'taobao', price: 129, promos: listing.promos });
    expect(record.findings.map((f) => f.ruleId)).toEqual(lint.findings.map((f) => f.ruleId));
    expect(record.findings.map((f) => f.ruleId)).toContain('price-unreadable-promo');
  });
});
