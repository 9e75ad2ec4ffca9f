import { testRule } from '../engine/test-rule';
import { GOOD_PAGE, testPage } from '../critique/test-page';
import rule from './page-reviews';

testRule(rule, {
  valid: [GOOD_PAGE, { input: testPage({ reviews: { shown: true } }), name: 'reviews shown, count not printed' }],
  invalid: [
    { input: testPage({ reviews: { shown: false } }), findings: [{ messageId: 'none', where: 'reviews' }] },
    { input: testPage({ reviews: { shown: true, count: 0 } }), findings: [{ messageId: 'none' }], name: 'a review tab that says 0' },
  ],
});
