// A rule is data in (a Listing or a PageModel), findings out. No DOM, no extension APIs.
import type { z } from 'zod';
import type { Listing } from '../schemas/listing';
import type { PageModel } from '../schemas/page';
import type { Localized, Platform, Severity } from '../schemas/common';
import type { WordBank } from '../lexicon/bank';
import type { CompiledKeywordBank } from '../keywords/compile';

export interface Inputs {
  title: Listing;
  price: Listing;
  page: PageModel;
}
export type InputKind = keyof Inputs;

/** Which part of a score a rule governs: title rules score the title, page rules the product page. */
export type TitleScorePart = 'compliance' | 'length' | 'structure' | 'clean';
export type PageScorePart = 'compliance' | 'content' | 'trust' | 'conversion' | 'speed';
export type ScorePart = TitleScorePart | PageScorePart;
export type ScorePartOf<K extends InputKind> = K extends 'page' ? PageScorePart : TitleScorePart;

export interface RuleMeta<K extends InputKind, O extends z.ZodObject> {
  id: string;
  input: K;
  severity: Severity;
  description: Localized;
  /** Options with their defaults; `options.parse({})` gives the defaults. */
  options: O;
  /** Where each default comes from (platform rule, law article, operating manual), keyed by option or 'rule'. */
  sources: Record<string, string>;
  messages: Record<string, Localized>;
  /** The part of its input's score the rule governs, and how many of the 100 points. */
  score?: { part: ScorePartOf<K>; weight: number };
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  severity?: Severity;
  start?: number;
  end?: number;
  text?: string;
  category?: string;
  suggestions?: string[];
  source?: string;
  where?: string;
  weight?: number;
}

export interface RuleContext {
  platform: Platform;
  words: WordBank;
  /** The seller's keyword bank for the listing's category; undefined when none was imported. */
  keywords?: CompiledKeywordBank;
  /** Per-input cache shared by all rules of one run (segmentation, matches …). */
  memo<T>(key: string, compute: () => T): T;
  report(report: Report): void;
}

export interface Rule<K extends InputKind = InputKind, O extends z.ZodObject = z.ZodObject> {
  meta: RuleMeta<K, O>;
  check(input: Inputs[K], options: z.infer<O>, context: RuleContext): void;
}

export function defineRule<K extends InputKind, O extends z.ZodObject>(rule: Rule<K, O>): Rule<K, O> {
  return rule;
}

const compiled = new Map<string, string[]>();

/** Fills `{name}` placeholders (templates are split once: this runs for every finding). */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (key in data ? String(data[key]) : `{${key}}`) + parts[i + 1]!;
  }
  return out;
}
