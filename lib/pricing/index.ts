// pricing/: what the buyer actually pays. Reads promotions as sellers write them, stacks them in the
// platform's order in integer 分, and answers the questions sellers ask (best quantity, 凑单). Pure
// TypeScript: no DOM, no extension APIs — the price rules, the CLI and the editor overlay all call this.
export { parsePromo, parsePromos, normalisePromoText, Promo, PromoError, TIERS, TIER_OF, TIER_NAME, EXAMPLES, type PromoKind, type Tier } from './promo';
export { stackPrice, stackFen, PriceInput, PriceResult, AppliedStep, SkippedPromo } from './stack';
export { bestQuantity, unitsToReach, type BestQuantity, type BestQuantityInput, type QuantityPrice, type Reach, type UnitsToReachInput } from './questions';
export { listingPrice, describePrice, readPromos, type ListingPrice } from './listing';
export { yuanToFen, fenToYuan, formatFen, formatYuan, divRoundHalfUp, applyPermille, decimalPlaces } from './money';
