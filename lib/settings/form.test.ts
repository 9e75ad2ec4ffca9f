import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rules } from '../rules/index';
import { alertRules } from '../shop/alerts/index';
import { checkOption, optionFields } from './form';
import { formatWordList, parseWordList } from './words';

describe('optionFields', () => {
  it('describes every option of every rule and alert, with its default and source', () => {
    for (const { meta } of [...rules, ...alertRules]) {
      const fields = optionFields(meta.options, meta.sources);
      expect(fields.map((f) => f.key), meta.id).toEqual(Object.keys(meta.options.shape));
      for (const field of fields) if (field.default !== undefined) expect(meta.options.parse({ [field.key]: field.default }), `${meta.id}.${field.key}`).toBeTruthy();
    }
  });
  it('reads kind, default and bounds from the schema', () => {
    const title = rules.find((r) => r.meta.id === 'title-length')!.meta;
    expect(optionFields(title.options, title.sources)).toEqual([
      { key: 'min', kind: 'number', default: 50, integer: true, min: 0, source: title.sources.min },
      { key: 'max', kind: 'number', default: undefined, integer: true, min: 0, source: title.sources.max },
      { key: 'floor', kind: 'number', default: undefined, integer: true, min: 0, source: title.sources.floor },
    ]);
    expect(optionFields(z.object({ words: z.array(z.string()).default(['a']), ratio: z.number().min(0).max(1).default(0.2) }), {})).toEqual([
      { key: 'words', kind: 'list', default: ['a'], integer: false },
      { key: 'ratio', kind: 'number', default: 0.2, integer: false, min: 0, max: 1 },
    ]);
  });
  it('refuses a kind it cannot show, so a new one is noticed', () => {
    expect(() => optionFields(z.object({ mode: z.enum(['a', 'b']).default('a') }), {})).toThrow(/cannot show a enum/);
  });
});

describe('checkOption', () => {
  const schema = z.object({ min: z.number().int().positive().default(50), max: z.number().optional() });
  it('accepts a valid value and explains an invalid one', () => {
    expect(checkOption(schema, {}, 'min', 40)).toEqual({ ok: true, value: 40 });
    expect(checkOption(schema, {}, 'min', -1)).toMatchObject({ ok: false });
    expect(checkOption(schema, {}, 'min', 1.5)).toMatchObject({ ok: false });
  });
});

describe('parseWordList', () => {
  it('reads one word a line, CSV cells, and skips a header row and duplicates', () => {
    expect(parseWordList('最好\n 第一 \n\n最好\r\n顶级')).toEqual(['最好', '第一', '顶级']);
    expect(parseWordList('\uFEFF品牌词\n"小鹿,家居"\n第一夫人,鹿角')).toEqual(['小鹿,家居', '第一夫人', '鹿角']);
    expect(parseWordList(formatWordList(['最佳拍档', '第一夫人']))).toEqual(['最佳拍档', '第一夫人']);
  });
});
