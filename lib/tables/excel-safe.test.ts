import { describe, expect, it } from 'vitest';
import { excelSafe, excelSafeCell } from './excel-safe';

describe('excelSafe', () => {
  it.each([
    ['=HYPERLINK("http://x","点我")', `'=HYPERLINK("http://x","点我")`],
    ['+86 138', `'+86 138`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
  ])('neutralises %j', (input, output) => expect(excelSafe(input)).toBe(output));

  it.each(['冰丝防晒衣女 =最好', '3701234567890123456', '', "'already"])('leaves %j alone', (input) => expect(excelSafe(input)).toBe(input));

  it('keeps numbers as numbers and an absent value empty', () => {
    expect(excelSafeCell(-5)).toBe(-5);
    expect(excelSafeCell(undefined)).toBe('');
    expect(excelSafeCell('=1')).toBe("'=1");
  });
});
