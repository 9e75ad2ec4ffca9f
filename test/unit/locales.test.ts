// Every UI string exists in both languages, and no message is empty.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  const out: Record<string, string> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) Object.assign(out, flatten(child, prefix ? `${prefix}.${key}` : key));
  return out;
}
const load = (name: string) => flatten(parse(readFileSync(new URL(`../../locales/${name}.yml`, import.meta.url), 'utf8')));

describe('locales', () => {
  const zh = load('zh_CN');
  const en = load('en');
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
  it('use only the characters Chrome allows in message names (a "-" stops the extension loading)', () => {
    for (const key of Object.keys(zh)) expect(key).toMatch(/^[A-Za-z0-9_.]+$/);
  });
  it('have no empty message, and the Chinese ones are Chinese', () => {
    for (const [key, text] of Object.entries(zh)) {
      expect(text.trim(), key).not.toBe('');
      expect(en[key]!.trim(), key).not.toBe('');
    }
  });
  it('use the same {placeholders} in both languages', () => {
    for (const key of Object.keys(zh)) {
      const names = (s: string) => [...s.matchAll(/\$\d|\{\w+\}/g)].map((m) => m[0]).sort();
      expect(names(en[key]!), key).toEqual(names(zh[key]!));
    }
  });
});
