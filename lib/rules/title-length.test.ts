import { testRule } from '../engine/test-rule';
import rule from './title-length';

const full = '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套'; // 54 of 60

testRule(rule, {
  valid: [full, { input: '防晒衣', options: { min: 6 }, name: 'min lowered in settings' }, 'A'.repeat(60)],
  invalid: [
    { input: '防晒衣', findings: [{ messageId: 'tooShort', severity: 'warn' }] },
    { input: full + '防晒衣女', findings: [{ messageId: 'tooLong', severity: 'error' }] },
    { input: 'A'.repeat(61), findings: [{ messageId: 'tooLong' }], name: '61 ASCII characters' },
    { input: '   ', findings: [{ messageId: 'empty', severity: 'error' }] },
    { input: full, options: { max: 50 }, findings: [{ messageId: 'tooLong' }], name: 'a lower max from settings' },
    { input: '防晒衣女夏季', options: { floor: 15 }, findings: [{ messageId: 'belowFloor', severity: 'error' }], name: '抖店: under 15 characters is refused' },
  ],
});
