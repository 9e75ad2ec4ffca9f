// The words for a page ShopLint did not understand (lib/sites/unread.ts): what the chip on the page and
// the popup's line say, in the seller's language.
import { i18n } from '#i18n';
import type { UnreadPage, UnreadPart } from '@/lib/sites/unread';

export const unreadChipText: Record<UnreadPart, () => string> = {
  title: () => i18n.t('unread.chip.title'),
  price: () => i18n.t('unread.chip.price'),
  rows: () => i18n.t('unread.chip.rows'),
  orders: () => i18n.t('unread.chip.orders'),
  layout: () => i18n.t('unread.chip.layout'),
};

export const unreadPartName: Record<UnreadPart, () => string> = {
  title: () => i18n.t('unread.part.title'),
  price: () => i18n.t('unread.part.price'),
  rows: () => i18n.t('unread.part.rows'),
  orders: () => i18n.t('unread.part.orders'),
  layout: () => i18n.t('unread.part.layout'),
};

export const unreadPageName: Record<UnreadPage, () => string> = {
  'taobao-editor': () => i18n.t('unread.page.taobao_editor'),
  'tmall-editor': () => i18n.t('unread.page.tmall_editor'),
  'douyin-editor': () => i18n.t('unread.page.douyin_editor'),
  'qianniu-items': () => i18n.t('unread.page.qianniu_items'),
  'doudian-products': () => i18n.t('unread.page.doudian_products'),
  'qianniu-sold': () => i18n.t('unread.page.qianniu_sold'),
  'doudian-orders': () => i18n.t('unread.page.doudian_orders'),
  'taobao-item': () => i18n.t('unread.page.taobao_item'),
  'tmall-item': () => i18n.t('unread.page.tmall_item'),
  'douyin-item': () => i18n.t('unread.page.douyin_item'),
};
