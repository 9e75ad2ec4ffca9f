import { testRule } from '../engine/test-rule';
import rule from './price-compare-at';

testRule(rule, {
  valid: [
    { input: { title: '', price: 229, compareAt: 299 } },
    { input: { title: '', price: 100, compareAt: 200 }, name: 'exactly 2× is allowed' },
    { input: { title: '', price: 100 }, name: 'no 划线价' },
    { input: { title: '', price: 100, compareAt: 400 }, options: { maxRatio: 5 }, name: 'ratio raised in settings' },
  ],
  invalid: [
    { input: { title: '', price: 229, compareAt: 229 }, findings: [{ messageId: 'notAbove', severity: 'error' }] },
    { input: { title: '', price: 229, compareAt: 199 }, findings: [{ messageId: 'notAbove', severity: 'error' }] },
    { input: { title: '', price: 100, compareAt: 200.01 }, findings: [{ messageId: 'tooHigh', severity: 'warn' }] },
    { input: { title: '', price: 99, compareAt: 999 }, findings: [{ messageId: 'tooHigh' }] },
  ],
});
