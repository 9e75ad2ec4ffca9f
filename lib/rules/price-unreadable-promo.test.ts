import { testRule } from '../engine/test-rule';
import rule from './price-unreadable-promo';

testRule(rule, {
  valid: [{ input: { title: '', price: 229, promos: ['满200减30', '店铺券30'] } }, { input: { title: '' } }],
  invalid: [
    { input: { title: '', price: 229, promos: ['满200减30', '包邮送礼品'] }, findings: [{ messageId: 'unreadable', severity: 'error', text: '包邮送礼品' }] },
    { input: { title: '', promos: ['10折'] }, findings: [{ messageId: 'unreadable', text: '10折' }], name: 'no price: still reported' },
  ],
});
