import { describe, expect, it } from 'vitest';
import { wordBank } from './bank';

// The scan's containment tests (exemptions, the longer hit) look only a pattern length around each
// hit; these cases check that the window still sees every shield and every longer hit, in long text too.
describe('WordBank scan on long text', () => {
  const bank = wordBank();

  it('finds every repeated hit once', () => {
    expect(bank.scan('最好'.repeat(5_000)).banned).toHaveLength(5_000);
  });

  it('applies an exemption to every occurrence however many there are', () => {
    expect(bank.scan('最好在阴凉处存放，'.repeat(3_000)).banned).toHaveLength(0);
  });

  it('reports the longer hit, not the one inside it, at every occurrence', () => {
    const hits = bank.scan('全网第一 '.repeat(2_000)).banned;
    expect(hits).toHaveLength(2_000);
    expect(new Set(hits.map((h) => h.text))).toEqual(new Set(['全网第一']));
  });

  it('an allow-listed phrase shields the words inside it, and only there', () => {
    const own = wordBank({ allowed: ['最好的面料'] });
    expect(own.scan('最好的面料 最好 '.repeat(1_000)).banned.map((h) => h.text)).toEqual(Array(1_000).fill('最好'));
  });
});
