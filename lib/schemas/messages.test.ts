import { describe, expect, it } from 'vitest';
import { readMessage } from './messages';

describe('readMessage (the background reads every message with it)', () => {
  it('refuses what is not a message, from anyone', () => {
    expect(readMessage({ type: 'not-a-message' }, 'extension')).toMatchObject({ ok: false });
    expect(readMessage({ type: 'shop/capture-rows', page: 'qianniu-sold', rows: Array.from({ length: 501 }, () => ({ 订单编号: '1' })) }, 'page')).toMatchObject({ ok: false });
  });

  it('takes from a content script only what content scripts send: no import, keyword edit or recompute', () => {
    for (const type of ['shop/imported', 'shop/refresh-alerts', 'keywords/list'] as const) {
      expect(readMessage({ type }, 'extension')).toMatchObject({ ok: true });
      expect(readMessage({ type }, 'page')).toEqual({ ok: false, error: `${type} is not accepted from a web page` });
    }
    expect(readMessage({ type: 'keywords/delete', key: '|apparel' }, 'page')).toMatchObject({ ok: false });
    expect(readMessage({ type: 'page/unread', page: 'taobao-item', missing: [] }, 'page')).toMatchObject({ ok: true });
    expect(readMessage({ type: 'keywords/banks' }, 'page')).toMatchObject({ ok: true });
  });

  it('an edit page asks for its listing\'s ad costs by a numeric product id', () => {
    expect(readMessage({ type: 'shop/ad-costs', productId: '785662595816' }, 'page')).toMatchObject({ ok: true });
    for (const productId of ['', 'abc', '1'.repeat(31), 12]) expect(readMessage({ type: 'shop/ad-costs', productId }, 'page')).toMatchObject({ ok: false });
  });
});
