// A cell that starts with = + - @ (or a tab / carriage return, which Excel strips before looking) is
// read by Excel and WPS as a formula: a product title or buyer note in an export could run one
// ("CSV injection"). Prefixing an apostrophe makes it text; Excel does not show the apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

export function excelSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
