// What the editor overlay remembers, in extension storage (not the seller site's origin): the shop
// profile per platform and whether the panels are collapsed. Values are zod-checked when read.
import { storage } from '@wxt-dev/storage';
import type { Platform } from '@/lib/schemas/common';
import { EMPTY_PROFILE, readProfile, type ShopProfile } from '@/lib/schemas/shop-profile';

const profileItems = {
  taobao: storage.defineItem<ShopProfile>('local:shopProfile.taobao', { fallback: EMPTY_PROFILE }),
  tmall: storage.defineItem<ShopProfile>('local:shopProfile.tmall', { fallback: EMPTY_PROFILE }),
  douyin: storage.defineItem<ShopProfile>('local:shopProfile.douyin', { fallback: EMPTY_PROFILE }),
} satisfies Record<Platform, unknown>;

export const collapsedItem = storage.defineItem<boolean>('local:overlay.collapsed', { fallback: false });

export const loadProfile = async (platform: Platform): Promise<ShopProfile> => readProfile(await profileItems[platform].getValue());
export const saveProfile = (platform: Platform, profile: ShopProfile): Promise<void> => profileItems[platform].setValue(readProfile(profile));
export const watchProfile = (platform: Platform, onChange: (profile: ShopProfile) => void): (() => void) =>
  profileItems[platform].watch((value) => onChange(readProfile(value)));
