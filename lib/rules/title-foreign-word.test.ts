import { testRule } from '../engine/test-rule';
import rule from './title-foreign-word';

testRule(rule, {
  valid: [
    '冰丝防晒衣女夏季薄款UPF50+',
    'Nike 耐克运动鞋男 Air Max',
    'USB LED 台灯',
    'oversize卫衣女',
    { input: '马可（Marco） 素描', name: 'a brand glossed in brackets' },
    { input: 'Vintage dress 连衣裙', name: 'the product is named in Chinese too' },
  ],
  invalid: [
    { input: 'Vintage summer dress', platform: 'douyin', findings: [{ messageId: 'foreign', severity: 'warn', start: 0, end: 20 }] },
    { input: '2023 summer dress 女', findings: [{ messageId: 'foreign', severity: 'info', text: 'summer dress' }], name: 'a note outside 抖店' },
  ],
});
