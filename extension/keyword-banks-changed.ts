// When the seller saves or deletes a keyword bank, the background stamps this item; editor pages
// watch it and fetch the banks again, so an open editor uses a bank imported a moment ago.
import { storage } from '@wxt-dev/storage';

export const keywordBanksChanged = storage.defineItem<number>('local:keywordBanksChanged', { fallback: 0 });
