import { testRule } from '../engine/test-rule';
import { GOOD_PAGE, testImage, testPage } from '../critique/test-page';
import rule from './page-load-time';

testRule(rule, {
  valid: [
    { input: GOOD_PAGE, name: 'not measured (command line): silent' },
    testPage({ loadMs: 2999 }),
    testPage({ loadMs: 3000 }),
  ],
  invalid: [
    { input: testPage({ loadMs: 4200 }), findings: [{ messageId: 'slow', severity: 'warn' }] },
    {
      input: testPage({ loadMs: 6500, mainImages: [{ ...testImage('a'), bytes: 900 * 1024 }, { ...testImage('b'), bytes: 100 * 1024 }] }),
      findings: [{ messageId: 'slowImages' }],
      name: 'image weights known',
    },
    { input: testPage({ loadMs: 2500 }), options: { maxMs: 2000 }, findings: [{ messageId: 'slow' }], name: 'maxMs from settings' },
  ],
});
