// What every command prints the same way: languages, severities, findings, --fail-on.
import { UsageError } from './command';
import type { Finding } from '../lib/schemas/finding';
import type { Locale } from '../lib/schemas/common';

export const LANG_OPTION = { lang: { type: 'string', default: 'zh' } } as const;
export const FAIL_ON_OPTION = { 'fail-on': { type: 'string', default: 'error' } } as const;

export function langOf(values: Record<string, unknown>): Locale {
  if (values.lang !== 'zh' && values.lang !== 'en') throw new UsageError(`--lang must be zh or en, not "${String(values.lang)}"`);
  return values.lang;
}

export function failOnOf(values: Record<string, unknown>): 'error' | 'warn' | 'never' {
  const v = values['fail-on'];
  if (v !== 'error' && v !== 'warn' && v !== 'never') throw new UsageError(`--fail-on must be error, warn or never, not "${String(v)}"`);
  return v;
}

const MARKS = { error: '✖', warn: '⚠', info: 'ℹ' } as const;
export const severityMark = (s: Finding['severity']) => MARKS[s];

export function renderFinding(f: Finding, lang: Locale): string {
  const where = f.start !== undefined ? ` [${f.start}-${f.end}]` : '';
  return `${lang === 'zh' ? f.message : f.messageEn}  (${f.ruleId}${where})`;
}
