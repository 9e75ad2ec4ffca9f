// Lint one listing: title rules + price rules, and the title score. The CLI, the overlay and the
// list-page audit all call this, so they can never disagree.
import { Listing, type ListingInput } from '../schemas/listing';
import type { Finding } from '../schemas/finding';
import { runRules, type RunOptions } from './run';
import { scoreTitle, type TitleScore } from './score';

export interface LintResult {
  listing: Listing;
  score: number;
  breakdown: TitleScore;
  findings: Finding[];
}

export function lintListing(input: ListingInput, opts: RunOptions = {}): LintResult {
  const listing = Listing.parse(input);
  // The listing's own platform decides (a row's platform beats the command line's default).
  const run = { ...opts, platform: listing.platform };
  const titleFindings = runRules('title', listing, run);
  const breakdown = scoreTitle(titleFindings);
  const findings = [...titleFindings, ...runRules('price', listing, run)];
  return { listing, score: breakdown.score, breakdown, findings };
}
