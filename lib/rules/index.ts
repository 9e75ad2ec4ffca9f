// rules/: one rule per file, id = file name, table test beside it. This is the registry, sorted by id;
// lib/rules/conventions.test.ts checks that every file is here and follows the conventions.
import bannedWord from './banned-word';
import brandMisuse from './brand-misuse';
import priceBelowCost from './price-below-cost';
import priceCompareAt from './price-compare-at';
import priceNewProduct from './price-new-product';
import priceNoEventRoom from './price-no-event-room';
import priceSkuSpread from './price-sku-spread';
import priceUnreadablePromo from './price-unreadable-promo';
import titleLength from './title-length';
import titleMissingAttribute from './title-missing-attribute';
import titleMissingCoreWord from './title-missing-core-word';
import titleMissingScene from './title-missing-scene';
import titleRepeatedWord from './title-repeated-word';
import titleSymbols from './title-symbols';

export const rules = [
  bannedWord,
  brandMisuse,
  priceBelowCost,
  priceCompareAt,
  priceNewProduct,
  priceNoEventRoom,
  priceSkuSpread,
  priceUnreadablePromo,
  titleLength,
  titleMissingAttribute,
  titleMissingCoreWord,
  titleMissingScene,
  titleRepeatedWord,
  titleSymbols,
] as const;
