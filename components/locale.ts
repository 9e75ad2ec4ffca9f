// The UI language: Chinese unless the browser's UI is not Chinese (then English).
import type { Locale } from '@/lib/schemas/common';

export function uiLocale(): Locale {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
