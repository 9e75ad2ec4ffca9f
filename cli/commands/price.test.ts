// shoplint price as scripts and sellers call it (CONTRACTS.md §1), through main() with a captured Io.
import { describe, expect, it } from 'vitest';
import type { Io } from '../command';
import { main } from '../main';

async function shoplint(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: async () => new Uint8Array(),
    readStdin: async () => new Uint8Array(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const json = async (...argv: string[]) => {
  const r = await shoplint('price', ...argv, '--format', 'json');
  return { ...r, out: JSON.parse(r.stdout) };
};

describe('shoplint price', () => {
  it('the contract example', async () => {
    const { code, out, stderr } = await json('--price', '229', '--promo', '满200减30', '--promo', '店铺券30', '--cost', '150');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(out).toMatchObject({ unitPrice: 229, qty: 1, payable: 169, finalUnitPrice: 169 });
    expect(out.applied).toEqual([
      { promo: '满200减30', saving: 30 },
      { promo: '店铺券30', saving: 30 },
    ]);
    expect(out.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('price-below-cost');
  });

  it('below cost is an error finding and exit 1', async () => {
    const { code, out } = await json('--price', '229', '--promo', '满200减30', '--promo', '店铺券30', '--cost', '180');
    expect(code).toBe(1);
    expect(out.findings).toContainEqual(expect.objectContaining({ ruleId: 'price-below-cost', severity: 'error', message: expect.stringContaining('¥169') }));
    expect((await shoplint('price', '--price', '229', '--promo', '店铺券30', '--cost', '180', '--fail-on', 'never')).code).toBe(0);
  });

  it('quantity, per-unit rounding and no float drift', async () => {
    const { out, stdout } = await json('--price', '99.9', '--qty', '3', '--promo', '8.5折');
    expect(out).toMatchObject({ qty: 3, payable: 254.76, finalUnitPrice: 84.92 });
    expect((await json('--price', '99.9', '--qty', '3', '--promo', '满200减50')).out.payable).toBe(249.7);
    expect(stdout).not.toMatch(/\d\.\d{3,}/);
    const third = await json('--price', '100', '--qty', '3', '--promo', '满300减1');
    expect(third.out).toMatchObject({ payable: 299, finalUnitPrice: 99.67 });
  });

  it('thresholds are checked on the running total', async () => {
    const { out } = await json('--price', '229', '--promo', '8折', '--promo', '满200减30');
    expect(out.payable).toBe(183.2);
    expect(out.applied).toEqual([{ promo: '8折', saving: 45.8 }]);
    expect(out.skipped).toEqual([{ promo: '满200减30', reason: expect.stringContaining('¥183.20') }]);
  });

  it('the rule defaults of the contract', async () => {
    const ruleIds = (out: { findings: { ruleId: string; severity: string }[] }) => out.findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(ruleIds((await json('--price', '91', '--new', '--industry-avg', '100')).out)).toEqual(['price-new-product:warn']);
    expect(ruleIds((await json('--price', '90', '--new', '--industry-avg', '100')).out)).toEqual([]);
    expect(ruleIds((await json('--price', '91', '--industry-avg', '100')).out)).toEqual([]);
    expect(ruleIds((await json('--price', '100', '--compare-at', '100')).out)).toEqual(['price-compare-at:error']);
    expect(ruleIds((await json('--price', '100', '--compare-at', '200')).out)).toEqual([]);
    expect(ruleIds((await json('--price', '100', '--compare-at', '201')).out)).toEqual(['price-compare-at:warn']);
  });

  it('explains the steps in Chinese, or English with --lang en', async () => {
    const zh = await shoplint('price', '--price', '229', '--promo', '满200减30', '--promo', '店铺券30', '--cost', '150');
    expect(zh.stdout).toContain('一口价 ¥229');
    expect(zh.stdout).toMatch(/满200减30\s+店铺满减，省 ¥30 → ¥199/);
    expect(zh.stdout).toContain('到手价 ¥169');
    const en = await shoplint('price', '--price', '229', '--promo', '满200减30', '--lang', 'en');
    expect(en.stdout).toContain('Buyer pays ¥199');
    const json = await shoplint('price', '--price', '229', '--cost', '300', '--lang', 'en', '--format', 'json');
    expect(JSON.parse(json.stdout).findings[0].message).toMatch(/under the cost/);
  });

  it.each([
    [['--price', '-5'], '"-5"'],
    [['--price', 'abc'], '"abc"'],
    [['--price', '0'], '"0"'],
    [['--price', '10', '--qty', '0'], '"0"'],
    [['--price', '10', '--qty', '1.5'], '"1.5"'],
    [['--price', '10', '--cost', '-1'], '"-1"'],
    [['--price', '10', '--promo', '满abc'], '"满abc"'],
    [['--price', '10', '--promo', '满200减30', '--promo', '送运费险'], '"送运费险"'],
    [['--price', '10.001'], '"10.001"'],
    [['--promo', '8折'], '--price'],
  ])('%j is a usage error (exit 2) quoting the input', async (args, quoted) => {
    const { code, stdout, stderr } = await shoplint('price', ...args, '--format', 'json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(quoted);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('has --help', async () => {
    const { code, stdout } = await shoplint('price', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--promo TEXT');
  });
});
