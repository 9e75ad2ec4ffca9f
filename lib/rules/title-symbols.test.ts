import { testRule } from '../engine/test-rule';
import rule from './title-symbols';

testRule(rule, {
  valid: ['冰丝防晒衣女 夏季薄款 UPF50+ 户外/骑行', '100%纯棉T恤 3.5mm', '连衣裙（收腰）'],
  invalid: [
    { input: '【新品】防晒衣', findings: [{ messageId: 'symbol', text: '【', start: 0 }, { messageId: 'symbol', text: '】', start: 3 }] },
    { input: '防晒衣★★★热卖', findings: [{ messageId: 'symbol', text: '★★★', start: 3, end: 6 }] },
    { input: '防晒衣！！', findings: [{ text: '！！' }] },
    { input: '防晒衣~~~', findings: [{ text: '~~~' }] },
    { input: '防晒衣🔥爆款', findings: [{ text: '🔥', start: 3, end: 5 }], name: 'an emoji (two UTF-16 units)' },
    { input: '防晒衣,,夏季', findings: [{ messageId: 'repeated', text: ',,' }] },
  ],
});
