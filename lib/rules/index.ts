// rules/: one rule per file, id = file name, table test beside it. This is the registry, sorted by id;
// lib/rules/conventions.test.ts checks that every file is here and follows the conventions.
import bannedWord from './banned-word';
import brandMisuse from './brand-misuse';
import pageBannedWord from './page-banned-word';
import pageCta from './page-cta';
import pageFirstScreen from './page-first-screen';
import pageLoadTime from './page-load-time';
import pageMainImages from './page-main-images';
import pageReviews from './page-reviews';
import pageSceneImages from './page-scene-images';
import pageSpecTable from './page-spec-table';
import pageTextOnlyImages from './page-text-only-images';
import priceBelowCost from './price-below-cost';
import priceCompareAt from './price-compare-at';
import priceNewProduct from './price-new-product';
import priceNoEventRoom from './price-no-event-room';
import priceSkuSpread from './price-sku-spread';
import priceUnreadablePromo from './price-unreadable-promo';
import titleCategoryMismatch from './title-category-mismatch';
import titleForeignWord from './title-foreign-word';
import titleGift from './title-gift';
import titleKeywordCoverage from './title-keyword-coverage';
import titleKeywordOrder from './title-keyword-order';
import titleLength from './title-length';
import titleLineBreak from './title-line-break';
import titleLowValueWords from './title-low-value-words';
import titleMissingAttribute from './title-missing-attribute';
import titleMissingCoreWord from './title-missing-core-word';
import titleMissingScene from './title-missing-scene';
import titleRepeatedWord from './title-repeated-word';
import titleSymbols from './title-symbols';
import titleVagueNoun from './title-vague-noun';

export const rules = [
  bannedWord,
  brandMisuse,
  pageBannedWord,
  pageCta,
  pageFirstScreen,
  pageLoadTime,
  pageMainImages,
  pageReviews,
  pageSceneImages,
  pageSpecTable,
  pageTextOnlyImages,
  priceBelowCost,
  priceCompareAt,
  priceNewProduct,
  priceNoEventRoom,
  priceSkuSpread,
  priceUnreadablePromo,
  titleCategoryMismatch,
  titleForeignWord,
  titleGift,
  titleKeywordCoverage,
  titleKeywordOrder,
  titleLength,
  titleLineBreak,
  titleLowValueWords,
  titleMissingAttribute,
  titleMissingCoreWord,
  titleMissingScene,
  titleRepeatedWord,
  titleSymbols,
  titleVagueNoun,
] as const;
