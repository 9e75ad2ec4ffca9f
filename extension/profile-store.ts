// Where the editor overlay's shop profile lives (extension storage, not the seller site's origin), one
// item per platform. Kept free of zod so the content script can read and watch it: the value is
// `unknown` here, the background validates it (readProfile) before using it and before writing it.
import { storage } from '@wxt-dev/storage';
import type { Platform } from '@/lib/schemas/common';

export const profileItems = {
  taobao: storage.defineItem<unknown>('local:shopProfile.taobao'),
  tmall: storage.defineItem<unknown>('local:shopProfile.tmall'),
  douyin: storage.defineItem<unknown>('local:shopProfile.douyin'),
} satisfies Record<Platform, unknown>;
