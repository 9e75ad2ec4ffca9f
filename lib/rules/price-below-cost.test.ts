import { testRule } from '../engine/test-rule';
import rule from './price-below-cost';

testRule(rule, {
  valid: [
    { input: { title: '', price: 229, cost: 150, promos: ['满200减30', '店铺券30'] }, name: '到手价 169 over cost 150' },
    { input: { title: '', price: 229, cost: 169, promos: ['满200减30', '店铺券30'] }, name: 'exactly at cost is not under it' },
    { input: { title: '', price: 229 }, name: 'no cost: nothing to compare' },
    { input: { title: '', cost: 100 }, name: 'no price' },
    { input: { title: '', price: 100, cost: 80, promos: ['满200减30'] }, name: 'threshold not reached at one unit' },
    { input: { title: '', price: 100, cost: 60 }, options: { minMargin: 0.4 }, name: 'margin exactly at the minimum' },
  ],
  invalid: [
    { input: { title: '', price: 229, cost: 180, promos: ['满200减30', '店铺券30'] }, findings: [{ messageId: 'belowCost', severity: 'error' }] },
    { input: { title: '', price: 100, cost: 95, qty: 2, promos: ['满200减30', '2件9折'] }, findings: [{ messageId: 'belowCost' }], name: 'qty 2: 2件9折 makes 180, so 满200 is not reached: 90 a unit' },
    { input: { title: '', price: 100, cost: 90, qty: 2, promos: ['满200减30'] }, findings: [{ messageId: 'belowCost' }], name: 'qty 2 reaches 满200: 85 a unit' },
    { input: { title: '', price: 100, cost: 70 }, options: { minMargin: 0.4 }, findings: [{ messageId: 'lowMargin', severity: 'warn' }] },
    { input: { title: '', price: 0.01, cost: 0.02 }, findings: [{ messageId: 'belowCost' }], name: 'one 分' },
  ],
});
