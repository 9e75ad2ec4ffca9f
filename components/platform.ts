// Platform names as the seller reads them, in the UI language.
import { i18n } from '#i18n';
import type { Platform } from '@/lib/schemas/common';

export const platformName = (platform: Platform): string =>
  platform === 'taobao' ? i18n.t('platform.taobao') : platform === 'tmall' ? i18n.t('platform.tmall') : i18n.t('platform.douyin');
