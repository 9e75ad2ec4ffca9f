import { testRule } from '../engine/test-rule';
import { GOOD_PAGE, testImage, testPage } from '../critique/test-page';
import rule from './page-text-only-images';

const image = { kind: 'image' as const, image: testImage('x') };

testRule(rule, {
  valid: [GOOD_PAGE, { input: testPage({ description: [] }), name: 'no description at all' }, { input: testPage({ description: [image, { kind: 'text', text: '短句' }] }), options: { minTextChars: 2 }, name: 'minTextChars lowered' }],
  invalid: [
    { input: testPage({ description: [image, image, image] }), findings: [{ messageId: 'imagesOnly', severity: 'warn', where: 'desc' }] },
    { input: testPage({ description: [{ kind: 'text', text: '全网销量 冠军' }, image] }), findings: [{ messageId: 'imagesOnly' }], name: 'a slogan is not text enough' },
  ],
});
