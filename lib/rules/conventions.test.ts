// Every rule file follows the conventions: id = file name, registered in sorted order, a table test
// beside it, zh and en messages, documented sources, options whose defaults parse, documented in docs/rules.md.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../engine/define-rule';
import { rules } from './index';
import { renderRulesDoc } from '../../scripts/rules-doc';

const dir = new URL('./', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');
const registry = rules as readonly Rule[];

describe('rule conventions', () => {
  it('registers every rule file, sorted by id, once', () => {
    const ids = registry.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => `${id}.ts`).sort()).toEqual(files.sort());
  });

  it.each(files)('%s: id = file name, test beside it, messages and sources complete', async (file) => {
    const rule = (await import(`./${file}`)).default as Rule;
    expect(rule.meta.id).toBe(file.replace(/\.ts$/, ''));
    expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(existsSync(new URL(`./${rule.meta.id}.test.ts`, dir))).toBe(true);
    expect(registry).toContain(rule);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(rule.meta.messages)) {
      expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(message.en).toMatch(/[a-z]/i);
    }
    expect(rule.meta.description.zh).toBeTruthy();
    expect(Object.keys(rule.meta.sources).length).toBeGreaterThan(0);
    const defaults = rule.meta.options.parse({});
    // Every option with a default says where the default comes from (or the rule's source covers it).
    for (const key of Object.keys(rule.meta.options.shape)) {
      if (defaults[key] !== undefined && typeof defaults[key] === 'number') expect(rule.meta.sources[key] ?? rule.meta.sources.rule).toBeTruthy();
    }
    const test = readFileSync(new URL(`./${rule.meta.id}.test.ts`, dir), 'utf8');
    expect(test).toMatch(/testRule\(/);
  });

  it('title rules that score add up to 100 points', () => {
    const weights = registry.filter((r) => r.meta.input === 'title' && r.meta.score).reduce((sum, r) => sum + r.meta.score!.weight, 0);
    expect(weights).toBe(100);
  });

  it('docs/rules.md is up to date (npm run docs)', () => {
    expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(renderRulesDoc());
  });
});
