import { testRule } from '../engine/test-rule';
import { GOOD_PAGE, testPage } from '../critique/test-page';
import rule from './page-spec-table';

testRule(rule, {
  valid: [GOOD_PAGE, { input: testPage({ specs: [{ label: '材质', value: '棉' }] }), options: { minRows: 1 }, name: 'minRows lowered' }],
  invalid: [
    { input: testPage({ specs: [] }), findings: [{ messageId: 'missing', severity: 'warn', where: 'specs' }] },
    { input: testPage({ specs: [{ label: '材质', value: '棉' }, { label: '品牌', value: '无' }] }), findings: [{ messageId: 'thin', severity: 'info' }] },
  ],
});
