import { testRule } from '../engine/test-rule';
import { GOOD_PAGE, testImage, testPage } from '../critique/test-page';
import rule from './page-main-images';

const images = (n: number) => Array.from({ length: n }, (_, i) => testImage(`m${i}`));

testRule(rule, {
  valid: [GOOD_PAGE, testPage({ mainImages: images(9) }), { input: testPage({ mainImages: images(3) }), options: { min: 3 }, name: 'min lowered in settings' }],
  invalid: [
    { input: testPage({ mainImages: images(4) }), findings: [{ messageId: 'few', severity: 'warn', where: 'mainImages' }] },
    { input: testPage({ mainImages: [] }), findings: [{ messageId: 'few' }], name: 'no main image found' },
  ],
});
