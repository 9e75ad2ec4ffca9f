// The options page's form, read from the rules' own meta: each option's kind, default and bounds come
// from its zod schema, its source from meta.sources. Nothing here is written per rule, so a new rule or
// threshold appears in the options page by itself (form.test.ts fails when a schema uses a kind the
// form cannot show).
import { z } from 'zod';

export type OptionKind = 'number' | 'list';

export interface OptionField {
  key: string;
  kind: OptionKind;
  /** The default, or undefined when the option is optional with none (e.g. title-length max: the platform's). */
  default: number | string[] | undefined;
  integer: boolean;
  min?: number;
  max?: number;
  /** Where the default comes from (platform rule, law article, operating manual). */
  source?: string;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
}
/** .int() bounds a number by ±MAX_SAFE_INTEGER: not a bound a seller needs to see. */
const bound = (value: number | null): boolean => value !== null && Math.abs(value) < Number.MAX_SAFE_INTEGER;
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

export function optionFields(options: z.ZodObject, sources: Record<string, string>): OptionField[] {
  const defaults = options.parse({}) as Record<string, unknown>;
  return Object.entries(options.shape).map(([key, field]) => {
    let inner = field as z.ZodType;
    while (defOf(inner).type === 'default' || defOf(inner).type === 'optional') inner = defOf(inner).innerType!;
    const type = defOf(inner).type;
    const base = { key, default: defaults[key] as OptionField['default'], ...(sources[key] && { source: sources[key] }) };
    if (type === 'number') {
      const n = inner as z.ZodNumber;
      return {
        ...base,
        kind: 'number' as const,
        integer: n.isInt,
        ...(bound(n.minValue) && { min: n.minValue! }),
        ...(bound(n.maxValue) && { max: n.maxValue! }),
      };
    }
    if (type === 'array' && defOf(defOf(inner).element!).type === 'string') return { ...base, kind: 'list' as const, integer: false };
    throw new Error(`option ${key}: the options page cannot show a ${type}`);
  });
}

/**
 * Checks one changed option against the rule's schema, with the others as they are: the parsed value,
 * or the schema's message for the seller.
 */
export function checkOption(options: z.ZodObject, current: Record<string, unknown>, key: string, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const parsed = options.safeParse({ ...current, [key]: value });
  if (parsed.success) return { ok: true, value: (parsed.data as Record<string, unknown>)[key] };
  return { ok: false, message: parsed.error.issues[0]!.message };
}
