// An input error names where it is: the file, and when it applies the row (1-based, as a spreadsheet
// shows it) and the column (by its header). The CLI prints it on one line in English and exits 2; the
// popup shows it in the seller's language.
import type { Locale, Localized } from '../schemas/common';

export interface Place {
  file?: string;
  row?: number;
  column?: string;
}

export class InputError extends Error {
  /** The reason without its place, in English (what the CLI and callers compare against). */
  readonly reason: string;
  /** The reason in both languages; a plain string is the CLI's own, English only. */
  readonly localized: Localized;

  constructor(
    reason: string | Localized,
    readonly place: Place = {},
  ) {
    const localized = typeof reason === 'string' ? { zh: reason, en: reason } : reason;
    super(formatPlace(place) + localized.en);
    this.name = 'InputError';
    this.reason = localized.en;
    this.localized = localized;
  }

  /** The whole message, place first, in one language. */
  in(locale: Locale): string {
    return formatPlace(this.place, locale) + this.localized[locale];
  }
}

export function formatPlace({ file, row, column }: Place, locale: Locale = 'en'): string {
  const parts =
    locale === 'zh'
      ? [file, row !== undefined ? `第 ${row} 行` : undefined, column !== undefined ? `${column} 列` : undefined]
      : [file, row !== undefined ? `row ${row}` : undefined, column !== undefined ? `column ${column}` : undefined];
  const shown = parts.filter(Boolean);
  if (!shown.length) return '';
  return locale === 'zh' ? shown.join(' ') + '：' : shown.join(', ') + ': ';
}

// Reasons more than one reader gives.
export const CELL_EMPTY: Localized = { en: 'is empty', zh: '是空的' };
export const FILE_EMPTY: Localized = { en: 'the file is empty', zh: '文件是空的' };
export const WORKSHEET_EMPTY: Localized = { en: 'the worksheet is empty', zh: '工作表是空的' };
export const NO_WORKSHEET: Localized = { en: 'the workbook has no worksheet', zh: '工作簿里没有工作表' };
/** What readers give when no row is the header asked for; callers name the headers they wanted instead. */
export const NO_HEADER_ROW: Localized = { en: 'no header row found', zh: '找不到表头行' };
