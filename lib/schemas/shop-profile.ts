// The seller's shop profile per platform, as the editor overlay keeps it (extension storage): the
// promotions that will stack on every listing, and the unit cost / minimum margin the price is
// checked against. Small on purpose: what the price panel needs and nothing else.
import { z } from 'zod';
import type { RuleConfig } from '../engine/config';
import type { ListingInput } from './listing';
import { Yuan } from './common';

export const ShopProfile = z.object({
  /** The shop's name on this platform, as the seller knows it (shown in options and backups). */
  name: z.string().trim().max(40).optional(),
  /** Promotions as the seller writes them (满200减30, 店铺券30 …), in the order they were added. */
  promos: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  /** Unit cost in 元 of the listing being edited. */
  cost: Yuan.optional(),
  /** Minimum 毛利率 (0–0.99) for the price-below-cost rule. */
  minMargin: z.number().min(0).max(0.99).optional(),
});
export type ShopProfile = z.infer<typeof ShopProfile>;

export const EMPTY_PROFILE: ShopProfile = { promos: [] };

/** Reads a stored value; anything that is not a valid profile (old shape, tampering) reads as empty. */
export function readProfile(value: unknown): ShopProfile {
  const parsed = ShopProfile.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_PROFILE;
}

/** The listing fields the profile supplies. */
export function profileListing(profile: ShopProfile): Pick<ListingInput, 'promos' | 'cost'> {
  return { promos: profile.promos, ...(profile.cost !== undefined && { cost: profile.cost }) };
}

/**
 * The rule settings the profile implies (the minimum margin of price-below-cost), over the seller's
 * own `base` settings: a rule they turned off stays off, their other options stay.
 */
export function profileConfig(profile: ShopProfile, base: RuleConfig = {}): RuleConfig | undefined {
  if (!profile.minMargin) return Object.keys(base).length ? base : undefined;
  const own = base['price-below-cost'];
  if (own === 'off') return base;
  return { ...base, 'price-below-cost': { ...own, options: { ...own?.options, minMargin: profile.minMargin } } };
}
