import { testRule } from '../engine/test-rule';
import { GOOD_PAGE, testImage, testPage } from '../critique/test-page';
import rule from './page-cta';

const text = (t: string) => ({ kind: 'text' as const, text: t });
const image = { kind: 'image' as const, image: testImage('x') };

testRule(rule, {
  valid: [
    GOOD_PAGE,
    { input: testPage({ description: [text('开头'), image, { kind: 'image', image: testImage('y', '收藏加购 优先发货') }] }), name: 'the last image alt asks' },
    { input: testPage({ description: [] }), name: 'no description' },
  ],
  invalid: [
    { input: testPage({ description: [text('加购有礼'), image, image, image, image, text('洗护说明')] }), findings: [{ messageId: 'missing', severity: 'info', where: 'desc:5' }], name: 'a call at the top is not at the end' },
    { input: testPage({ description: [text('喜欢就加购'), text('洗护说明')] }), options: { tailBlocks: 1 }, findings: [{ messageId: 'missing' }], name: 'tailBlocks from settings' },
  ],
});
