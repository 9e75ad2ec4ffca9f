import { describe, expect, it } from 'vitest';
import { InputError } from './errors';

describe('InputError', () => {
  const error = new InputError({ en: 'is empty', zh: '是空的' }, { file: 'o.csv', row: 3, column: '订单编号' });
  it('reads in English for the CLI: place, then reason', () => {
    expect(error.message).toBe('o.csv, row 3, column 订单编号: is empty');
    expect(error.reason).toBe('is empty');
    expect(error.in('en')).toBe(error.message);
  });
  it('reads in Chinese for the popup, the place as a spreadsheet names it', () => {
    expect(error.in('zh')).toBe('o.csv 第 3 行 订单编号 列：是空的');
    expect(new InputError({ en: 'the file is empty', zh: '文件是空的' }, { file: 'a.csv' }).in('zh')).toBe('a.csv：文件是空的');
  });
  it('a plain string (the CLI’s own) is the same in both', () => {
    expect(new InputError('no such file', { file: 'x.csv' }).in('zh')).toBe('x.csv：no such file');
  });
});
