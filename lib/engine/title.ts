// The one scan of a title that every title rule shares (banned words, title words, brands).
import type { RuleContext } from './define-rule';
import type { Scan } from '../lexicon/bank';

export function scanTitle(context: RuleContext, title: string): Scan {
  return context.memo('title-scan', () => context.words.scan(title));
}
