// engine/: runs the registered rules over one input and turns their reports into findings.
import type { z } from 'zod';
import { rules } from '../rules/index';
import type { Platform } from '../schemas/common';
import type { Finding } from '../schemas/finding';
import type { UserWords } from '../lexicon/schema';
import { wordBank, type WordBank } from '../lexicon/bank';
import type { CompiledKeywordBank } from '../keywords/compile';
import { formatMessage, type InputKind, type Inputs, type Report, type Rule, type RuleContext } from './define-rule';
import type { RuleConfig } from './config';
import { presets } from './presets';

export interface RunOptions {
  platform?: Platform;
  /** The seller's settings, applied over the platform preset. */
  config?: RuleConfig;
  words?: Partial<UserWords>;
  bank?: WordBank;
  /** The seller's search-term bank; the keyword rules report nothing without it. */
  keywords?: CompiledKeywordBank;
}

interface Active {
  rule: Rule;
  /** Set when the preset or the seller overrides the rule's severities. */
  severity: Finding['severity'] | undefined;
  options: unknown;
}

const activeCache = new Map<string, Map<RuleConfig | undefined, Active[]>>();

/** The rules of `kind` that are on for this platform and config, options parsed once per config. */
export function activeRules(kind: InputKind, platform: Platform, config?: RuleConfig): Active[] {
  const key = `${kind}:${platform}`;
  let byConfig = activeCache.get(key);
  if (!byConfig) activeCache.set(key, (byConfig = new Map()));
  let active = byConfig.get(config);
  if (active) return active;
  active = [];
  for (const rule of rules as readonly Rule[]) {
    if (rule.meta.input !== kind) continue;
    const preset = presets[platform][rule.meta.id];
    const own = config?.[rule.meta.id];
    if (preset === 'off' && own === undefined) continue;
    if (own === 'off') continue;
    const presetObj = preset && preset !== 'off' ? preset : {};
    const ownObj = own ?? {};
    active.push({
      rule,
      severity: ownObj.severity ?? presetObj.severity,
      options: (rule.meta.options as z.ZodObject).parse({ ...presetObj.options, ...ownObj.options }),
    });
  }
  if (byConfig.size > 16) byConfig.clear();
  byConfig.set(config, active);
  return active;
}

/** The context rules report into during one run over one input; `memo` is shared by its rules. */
export class RuleRun implements RuleContext {
  readonly findings: Finding[] = [];
  private readonly cache = new Map<string, unknown>();
  private rule!: Rule;
  /** Set when the preset or the seller overrides the rule's severities. */
  private severity: Finding['severity'] | undefined;

  constructor(
    readonly platform: Platform,
    readonly words: WordBank,
    readonly keywords?: CompiledKeywordBank,
  ) {}

  check<K extends InputKind>(rule: Rule<K>, input: Inputs[K], options: unknown, severity?: Finding['severity']): void {
    this.rule = rule as unknown as Rule;
    this.severity = severity;
    rule.check(input, options as never, this);
  }

  memo<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key) as T;
  }

  report(r: Report): void {
    const { meta } = this.rule;
    const template = meta.messages[r.messageId];
    if (!template) throw new Error(`${meta.id}: unknown messageId "${r.messageId}"`);
    const finding: Finding = {
      ruleId: meta.id,
      severity: this.severity ?? r.severity ?? meta.severity,
      messageId: r.messageId,
      message: formatMessage(template.zh, r.data),
      messageEn: formatMessage(template.en, r.data),
    };
    if (r.start !== undefined && r.end !== undefined) {
      finding.start = r.start;
      finding.end = r.end;
    }
    if (r.text !== undefined) finding.text = r.text;
    if (r.category !== undefined) finding.category = r.category;
    if (r.suggestions) finding.suggestions = r.suggestions;
    if (r.source !== undefined) finding.source = r.source;
    if (r.where !== undefined) finding.where = r.where;
    if (r.weight !== undefined) finding.weight = r.weight;
    this.findings.push(finding);
  }
}

export function runRules<K extends InputKind>(kind: K, input: Inputs[K], opts: RunOptions = {}): Finding[] {
  const platform = opts.platform ?? ('platform' in input ? input.platform : 'taobao');
  const run = new RuleRun(platform, opts.bank ?? wordBank(opts.words), opts.keywords);
  for (const { rule, severity, options } of activeRules(kind, platform, opts.config)) run.check(rule as Rule<K>, input, options, severity);
  return run.findings.sort(byPosition);
}

const SEVERITY_ORDER = { error: 0, warn: 1, info: 2 } as const;
function byPosition(a: Finding, b: Finding): number {
  return (a.start ?? Infinity) - (b.start ?? Infinity) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}
