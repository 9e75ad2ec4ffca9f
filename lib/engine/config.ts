// How a platform preset or the seller's settings turn rules on, off, or re-tune them.
import { z } from 'zod';
import { Severity } from '../schemas/common';

export const RuleSetting = z.union([
  z.literal('off'),
  z.object({ severity: Severity.optional(), options: z.record(z.string(), z.unknown()).optional() }),
]);
export type RuleSetting = z.infer<typeof RuleSetting>;

export const RuleConfig = z.record(z.string(), RuleSetting);
export type RuleConfig = z.infer<typeof RuleConfig>;
