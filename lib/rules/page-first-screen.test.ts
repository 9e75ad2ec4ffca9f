import { testRule } from '../engine/test-rule';
import { GOOD_PAGE, testImage, testPage } from '../critique/test-page';
import rule from './page-first-screen';

testRule(rule, {
  valid: [
    GOOD_PAGE,
    { input: testPage({ description: [{ kind: 'text', text: '告别闷热，一件搞定通勤' }] }), name: 'a benefit' },
    { input: testPage({ description: [{ kind: 'text', text: '夏天出门還在為曬黑煩惱？' }] }), name: 'a pain point in 繁体' },
    { input: testPage({ description: [{ kind: 'image', image: testImage('x', '凉感透气面料') }, { kind: 'text', text: '山野集 2024 新品' }] }), name: 'named by the alt text of the image above the first text' },
    { input: testPage({ description: [{ kind: 'image', image: testImage('x') }] }), name: 'no text at all (page-text-only-images reports that)' },
  ],
  invalid: [
    {
      input: testPage({ description: [{ kind: 'image', image: testImage('x') }, { kind: 'text', text: '本店所有商品均为实物拍摄，48 小时内发货' }] }),
      findings: [{ messageId: 'missing', severity: 'warn', where: 'desc:1' }],
    },
  ],
});
