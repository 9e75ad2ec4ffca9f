// Lint one listing: title rules + price rules, and the title score. The CLI, the overlay and the
// list-page audit all call this, so they can never disagree.
import { Listing, type ListingInput } from '../schemas/listing';
import type { Finding } from '../schemas/finding';
import { runRules, type RunOptions } from './run';
import { scoreTitle, type TitleScore } from './score';
import { analyseTitle, topTerms, type TopTerm } from '../keywords/title';
import { fillSuggestion, scoreOf, type FillSuggestion, type KeywordScore } from '../keywords/fill';

export interface LintResult {
  listing: Listing;
  score: number;
  breakdown: TitleScore;
  findings: Finding[];
  /** With a keyword bank: the keyword score (a separate number from `score`) and the fill suggestion. */
  keywords?: KeywordScore & { fill: FillSuggestion; top: TopTerm[] };
}

/** How many of the bank's best terms the result lists (the overlay's keyword section shows them). */
export const TOP_TERMS = 12;

export function lintListing(input: ListingInput, opts: RunOptions = {}): LintResult {
  return lintParsed(Listing.parse(input), opts);
}

/** lintListing of a listing already checked against the schema (a table's rows are, as they are read):
 *  parsing each again was a twentieth of a batch lint. */
export function lintParsed(listing: Listing, opts: RunOptions = {}): LintResult {
  // The listing's own platform decides (a row's platform beats the command line's default).
  const run = { ...opts, platform: listing.platform };
  const titleFindings = runRules('title', listing, run);
  // No title, nothing earned: the parts would otherwise count rules that have nothing to judge.
  const scored = scoreTitle(titleFindings);
  const breakdown = listing.title.trim() ? scored : { ...scored, score: 0 };
  const findings = [...titleFindings, ...runRules('price', listing, run)];
  const result: LintResult = { listing, score: breakdown.score, breakdown, findings };
  if (opts.keywords) {
    const titleOpts = { platform: listing.platform, category: listing.category };
    const state = analyseTitle(listing.title, opts.keywords, titleOpts);
    result.keywords = { ...scoreOf(opts.keywords, state, titleOpts), fill: fillSuggestion(opts.keywords, state, titleOpts), top: topTerms(opts.keywords, state, TOP_TERMS) };
  }
  return result;
}
