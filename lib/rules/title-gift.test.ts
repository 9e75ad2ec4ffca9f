import { testRule } from '../engine/test-rule';
import rule from './title-gift';

testRule(rule, {
  valid: ['冰丝防晒衣女夏季薄款', '情人节礼物送女友项链', '生鲜配送冷链', '工业输送带', '机场接送包车', '送礼佳品坚果礼盒', '榨汁杯送女学生'],
  invalid: [
    { input: '【光面】2023款送礼盒', findings: [{ messageId: 'gift', text: '送礼盒' }], name: '抖店 example' },
    { input: '保温杯买一送一', findings: [{ messageId: 'gift', text: '买一送一', start: 3, end: 7 }] },
    { input: '保温杯 加送杯套', findings: [{ text: '加送' }] },
    { input: '数据线送2个充电头', findings: [{ text: '送2个' }] },
    { input: '睡衣女赠运费险', findings: [{ text: '赠运费险' }] },
  ],
});
