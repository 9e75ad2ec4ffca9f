// Table tests for rules, in the style of ESLint's RuleTester: valid inputs report nothing, invalid
// inputs report exactly the listed findings (each compared on the fields the case names).
import { describe, expect, it } from 'vitest';
import type { Platform } from '../schemas/common';
import type { Finding } from '../schemas/finding';
import { Listing, type ListingInput } from '../schemas/listing';
import type { UserWords } from '../lexicon/schema';
import { WordBank, wordBank } from '../lexicon/bank';
import type { CompiledKeywordBank } from '../keywords/compile';
import type { InputKind, Inputs, Rule } from './define-rule';
import { RuleRun } from './run';

type Input<K extends InputKind> = K extends 'page' ? Inputs['page'] : ListingInput | string;

export interface Case<K extends InputKind> {
  input: Input<K>;
  options?: Record<string, unknown>;
  platform?: Platform;
  words?: Partial<UserWords>;
  /** A compiled keyword bank for the keyword rules. */
  keywords?: CompiledKeywordBank;
  name?: string;
}

export interface InvalidCase<K extends InputKind> extends Case<K> {
  findings: Partial<Pick<Finding, 'messageId' | 'severity' | 'start' | 'end' | 'text' | 'category' | 'suggestions' | 'where'>>[];
}

export function runOne<K extends InputKind>(rule: Rule<K>, c: Case<K>): Finding[] {
  const raw = c.input;
  const input = (rule.meta.input === 'page' ? raw : Listing.parse(typeof raw === 'string' ? { title: raw, platform: c.platform } : { platform: c.platform, ...(raw as object) })) as Inputs[K];
  const platform = c.platform ?? ('platform' in input ? input.platform : 'taobao');
  const bank = c.words ? new WordBank(c.words) : wordBank();
  const run = new RuleRun(platform, bank, c.keywords);
  run.check(rule, input, rule.meta.options.parse(c.options ?? {}));
  return run.findings;
}

const label = (c: Case<InputKind>) => c.name ?? (typeof c.input === 'string' ? c.input : JSON.stringify(c.input).slice(0, 80));

export function testRule<K extends InputKind>(rule: Rule<K>, cases: { valid: (Case<K> | Input<K>)[]; invalid: InvalidCase<K>[] }): void {
  describe(rule.meta.id, () => {
    const valid = cases.valid.map((v) => (typeof v === 'object' && v !== null && 'input' in v ? v : { input: v }) as Case<K>);
    it.each(valid.map((c) => [label(c), c] as const))('valid: %s', (_, c) => {
      expect(runOne(rule, c)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [label(c), c] as const))('invalid: %s', (_, c) => {
      const findings = runOne(rule, c);
      expect(findings).toHaveLength(c.findings.length);
      c.findings.forEach((want, i) => expect(findings[i]).toMatchObject(want));
      for (const f of findings) {
        expect(f.message).not.toMatch(/\{\w+\}/);
        expect(f.messageEn).not.toMatch(/\{\w+\}/);
        if (f.start !== undefined && typeof c.input !== 'object') expect(c.input.slice(f.start, f.end)).toBe(f.text);
      }
    });
  });
}
