import { testRule } from '../engine/test-rule';
import rule from './price-sku-spread';

const sku = (name: string, price: number) => ({ name, price });

testRule(rule, {
  valid: [
    { input: { title: '', skus: [sku('S', 99), sku('M', 99), sku('L', 109)] } },
    { input: { title: '', skus: [sku('单件', 59), sku('两件装', 109)] }, name: 'a two-pack is not bait' },
    { input: { title: '', skus: [sku('S', 50), sku('M', 100)] }, name: 'exactly half the median' },
    { input: { title: '', skus: [sku('S', 1)] }, name: 'one SKU' },
  ],
  invalid: [
    {
      input: { title: '', skus: [sku('S', 129), sku('M', 129), sku('L', 139), sku('联系客服', 9.9)] },
      findings: [{ messageId: 'lowSku', severity: 'warn', text: '联系客服', where: 'sku:4' }],
    },
    { input: { title: '', skus: [sku('S', 40), sku('M', 100)] }, findings: [{ messageId: 'lowSku', text: 'S' }] },
    { input: { title: '', skus: [sku('S', 60), sku('M', 100)] }, options: { minShareOfMedian: 0.7 }, findings: [{ messageId: 'lowSku' }], name: 'stricter in settings' },
  ],
});
