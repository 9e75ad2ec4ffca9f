// The listing engine inside an editor page: the seller's settings read from extension storage, their
// keyword banks asked once from the background, and a ListingChecker over both, rebuilt when either
// changes. Every keystroke is then checked in the page, with nothing in between.
//
// Compiling a keyword bank scans every term (a 50,000-term bank takes over a second), which must not
// freeze the seller's page: banks are compiled in slices between the page's own tasks, and the
// checker uses them once they are ready (until then the title is checked without keywords).
import { ListingChecker, type StoredBank } from '@/lib/engine/listing-checker';
import { compileKeywordBank, scanTerms, type CompiledKeywordBank } from '@/lib/keywords/compile';
import type { Scan, WordBank } from '@/lib/lexicon/bank';
import { keywordBanksChanged } from './keyword-banks-changed';
import type { CreatePageEngine } from './page-engine-api';
import { readSettings, watchSettings } from './settings';

/** Terms scanned per slice: about 5 ms of work on a slow machine. */
const SLICE = 250;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const createPageEngine: CreatePageEngine = async (host) => {
  const [{ settings }, fetched] = await Promise.all([readSettings(), host.banks()]);
  let checker = new ListingChecker(settings);
  let banks: readonly StoredBank[] = fetched ?? [];
  /** Bumped by every change: a compile that a newer change overtook is dropped. */
  let generation = 0;
  let stopped = false;

  async function compileSliced(bank: StoredBank, words: WordBank, run: number): Promise<CompiledKeywordBank | undefined> {
    const scans: Scan[] = [];
    for (let from = 0; from < bank.bank.keywords.length; from += SLICE) {
      await nextTask();
      if (stopped || run !== generation) return undefined;
      scans.push(...scanTerms(bank.bank, words, from, from + SLICE));
    }
    return compileKeywordBank(bank.bank, words, scans);
  }

  // The banks compiled with the current word bank; the checker keeps its old banks meanwhile.
  async function useBanks(): Promise<void> {
    const run = ++generation;
    const { words } = checker;
    const compiled = new Map<string, CompiledKeywordBank>();
    for (const bank of banks) {
      const done = await compileSliced(bank, words, run);
      if (!done) return;
      compiled.set(bank.key, done);
    }
    if (stopped || run !== generation) return;
    checker = checker.withBanks(banks, compiled);
    host.changed();
  }

  const unwatch = [
    // Other words change what a term is made of: the banks are compiled again for the new checker.
    watchSettings(({ settings }) => {
      checker = new ListingChecker(settings);
      host.changed();
      void useBanks();
    }),
    keywordBanksChanged.watch(async () => {
      const fetched = await host.banks();
      if (!fetched) return;
      banks = fetched;
      void useBanks();
    }),
  ];
  void useBanks();
  return {
    check: (listing, storedProfile) => checker.check(listing, storedProfile),
    stop: () => {
      stopped = true;
      unwatch.forEach((stop) => stop());
    },
  };
};
