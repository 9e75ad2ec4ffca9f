// A finding is what every rule reports; the overlay, the popup and the CLI all render this shape.
import { z } from 'zod';
import { Severity } from './common';

export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  messageId: z.string(),
  /** zh-CN text, the default UI language. */
  message: z.string(),
  messageEn: z.string(),
  /** UTF-16 offsets into the checked text (title or page block), end exclusive. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** The original text of the span. */
  text: z.string().optional(),
  category: z.string().optional(),
  suggestions: z.array(z.string()).optional(),
  /** Law article or platform rule behind the finding. */
  source: z.string().optional(),
  /** Where on a page the finding is (critique): e.g. 'title', 'desc:3'. */
  where: z.string().optional(),
  /** Fraction (0–1] of the rule's score weight this finding costs; 1 when absent. */
  weight: z.number().min(0).max(1).optional(),
});
export type Finding = z.infer<typeof Finding>;
