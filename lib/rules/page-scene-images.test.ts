import { testRule } from '../engine/test-rule';
import { GOOD_PAGE, testImage, testPage } from '../critique/test-page';
import rule from './page-scene-images';

const plain = { kind: 'image' as const, image: testImage('plain') };

testRule(rule, {
  valid: [
    GOOD_PAGE,
    { input: testPage({ description: [plain, { kind: 'image', image: testImage('x', '模特上身效果') }] }), name: 'alt text' },
    { input: testPage({ description: [plain, { kind: 'image', image: { src: 'https://img.example.com/desc/scene-02.jpg' } }] }), name: 'a file name token' },
    { input: testPage({ description: [plain, { kind: 'text', text: '周末露营也能穿' }] }), name: 'text right after the image' },
    { input: testPage({ description: [{ kind: 'text', text: '通勤' }, plain] }), name: 'a scene word of the category lexicon right before' },
  ],
  invalid: [
    { input: testPage({ description: [plain, { kind: 'image', image: { src: 'https://img.example.com/desc/unscented.jpg' } }] }), findings: [{ messageId: 'none', where: 'desc' }], name: '"scent" inside a word is not a token' },
    { input: testPage({ description: [plain, { kind: 'text', text: '面料说明' }, plain] }), findings: [{ messageId: 'none' }] },
    { input: testPage({ description: [{ kind: 'text', text: '只有文字' }] }), findings: [{ messageId: 'noImages' }] },
  ],
});
