// The listing engine inside an editor page: the seller's settings read from extension storage, their
// keyword banks asked once from the background, and a ListingChecker over both, rebuilt when either
// changes. Every keystroke is then checked in the page, with nothing in between.
import { ListingChecker, type StoredBank } from '@/lib/engine/listing-checker';
import type { Settings } from '@/lib/settings/schema';
import { keywordBanksChanged } from './keyword-banks-changed';
import type { CreatePageEngine } from './page-engine-api';
import { readSettings, watchSettings } from './settings';

export const createPageEngine: CreatePageEngine = async (host) => {
  let [{ settings }, banks] = await Promise.all([readSettings(), host.banks()]);
  let stored: readonly StoredBank[] = banks ?? [];
  let checker = new ListingChecker(settings, stored);
  const rebuild = (next: { settings?: Settings; banks?: readonly StoredBank[] }) => {
    settings = next.settings ?? settings;
    stored = next.banks ?? stored;
    checker = new ListingChecker(settings, stored);
    host.changed();
  };
  const unwatch = [
    watchSettings(({ settings }) => rebuild({ settings })),
    keywordBanksChanged.watch(async () => {
      const banks = await host.banks();
      if (banks) rebuild({ banks });
    }),
  ];
  return {
    check: (listing, storedProfile) => checker.check(listing, storedProfile),
    stop: () => unwatch.forEach((stop) => stop()),
  };
};
