import { testRule } from '../engine/test-rule';
import rule from './price-new-product';

testRule(rule, {
  valid: [
    { input: { title: '', isNew: true, price: 90, industryAvg: 100 }, name: 'exactly 90% of the average' },
    { input: { title: '', isNew: true, price: 80, industryAvg: 100 } },
    { input: { title: '', price: 120, industryAvg: 100 }, name: 'not a new listing' },
    { input: { title: '', isNew: true, price: 120 }, name: 'no industry average' },
    { input: { title: '', isNew: true, price: 95, industryAvg: 100 }, options: { underAveragePercent: 5 }, name: '5% in settings' },
  ],
  invalid: [
    { input: { title: '', isNew: true, price: 90.01, industryAvg: 100 }, findings: [{ messageId: 'tooHigh', severity: 'warn' }] },
    { input: { title: '', isNew: true, price: 129, industryAvg: 129 }, findings: [{ messageId: 'tooHigh' }] },
  ],
});
