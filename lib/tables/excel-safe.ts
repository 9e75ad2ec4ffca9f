// Cells written for Excel/WPS: a cell starting with = + - @ (or a tab or carriage return) would be
// read as a formula (CSV injection), so it gets a leading apostrophe, which Excel shows as text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function excelSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Numbers stay numbers (a negative amount is not a formula); text is made safe. */
export function excelSafeCell(value: string | number | undefined): string | number {
  if (value === undefined) return '';
  return typeof value === 'number' ? value : excelSafe(value);
}
