// The one scan of a title that every title rule shares (banned words, title words, brands), and the
// one keyword analysis the keyword rules share.
import type { RuleContext } from './define-rule';
import type { Scan } from '../lexicon/bank';
import type { Listing } from '../schemas/listing';
import { analyseTitle, type TitleKeywords } from '../keywords/title';

export function scanTitle(context: RuleContext, title: string): Scan {
  return context.memo('title-scan', () => context.words.scan(title));
}

/** The title against the seller's keyword bank, once per run; undefined without a bank. */
export function titleKeywords(context: RuleContext, listing: Listing): TitleKeywords | undefined {
  const bank = context.keywords;
  if (!bank) return undefined;
  return context.memo('title-keywords', () =>
    analyseTitle(listing.title, bank, { platform: context.platform, category: listing.category, scan: scanTitle(context, listing.title) }),
  );
}
