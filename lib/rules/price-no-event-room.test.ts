import { testRule } from '../engine/test-rule';
import rule from './price-no-event-room';

testRule(rule, {
  valid: [
    { input: { title: '', price: 229, cost: 150 }, name: 'event price 169 still over cost' },
    { input: { title: '', price: 229, cost: 169 }, name: 'event price exactly at cost' },
    { input: { title: '', price: 229, cost: 250 }, name: 'already under cost daily: price-below-cost reports it' },
    { input: { title: '', price: 229 }, name: 'no cost' },
    { input: { title: '', price: 229, cost: 190 }, options: { eventPromos: ['店铺券10'] }, name: 'a smaller event in settings' },
  ],
  invalid: [
    { input: { title: '', price: 229, cost: 180 }, findings: [{ messageId: 'noRoom', severity: 'warn' }] },
    {
      input: { title: '', price: 229, cost: 150, promos: ['8折'] },
      options: { eventPromos: ['满150减30', '店铺券10'] },
      findings: [{ messageId: 'noRoom' }],
      name: 'daily 8折 = 183.20; the event stacks on it: 153.20 then 143.20, under 150',
    },
  ],
});
