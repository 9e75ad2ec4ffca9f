import { testRule } from '../engine/test-rule';
import { GOOD_PAGE, testPage } from '../critique/test-page';
import rule from './page-banned-word';

testRule(rule, {
  valid: [
    GOOD_PAGE,
    { input: testPage({ description: [{ kind: 'text', text: '第一时间发货，最佳食用期内送达' }] }), name: 'exempt phrases in the description' },
    { input: testPage({ title: '最好的面料', description: [] }), words: { allowed: ['最好的面料'] }, name: "the seller's allow-list" },
  ],
  invalid: [
    { input: testPage({ title: '全网最好的防晒衣' }), findings: [{ messageId: 'banned', where: 'title', start: 2, end: 4, text: '最好' }] },
    {
      input: testPage({ description: [{ kind: 'text', text: '面料说明' }, { kind: 'image', image: { src: 'https://x/1.jpg' } }, { kind: 'text', text: '销量 第 一，采用最新科技' }] }),
      findings: [
        { messageId: 'banned', severity: 'error', where: 'desc:2', text: '销量 第 一', start: 0, end: 6 },
        { messageId: 'needsProof', severity: 'warn', where: 'desc:2', text: '最新科技' },
      ],
      name: 'description blocks, with their index and spans in the block',
    },
    { input: testPage({ description: [{ kind: 'text', text: '我的词' }] }), words: { banned: ['我的词'] }, findings: [{ category: 'user', where: 'desc:0' }], name: "the seller's own banned word" },
  ],
});

// The page's title names the product: in a medical device's description a disease is "核对资质", on an
// ordinary product's page it is a ban.
testRule(rule, {
  valid: [],
  invalid: [
    {
      input: testPage({ title: '家用颈椎治疗仪', description: [{ kind: 'text', text: '缓解颈椎病' }] }),
      findings: [
        { messageId: 'licence', severity: 'warn', where: 'title', text: '治疗' },
        { messageId: 'licence', severity: 'warn', where: 'desc:0', text: '缓解颈椎病' },
      ],
      name: 'a medical device',
    },
    {
      input: testPage({ description: [{ kind: 'text', text: '缓解颈椎病' }] }),
      findings: [{ severity: 'error', where: 'desc:0', text: '缓解颈椎病' }],
      name: 'an ordinary product (the 防晒衣 of the test page)',
    },
  ],
});
