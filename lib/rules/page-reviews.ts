// Buyer reviews are the proof the description cannot give itself.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';

export default defineRule({
  meta: {
    id: 'page-reviews',
    input: 'page',
    severity: 'warn',
    description: { zh: '页面没有展示买家评价', en: 'No buyer reviews shown on the page' },
    options: z.object({}),
    sources: { rule: '运营手册：详情页中段放买家评价（口碑证据）' },
    messages: {
      none: {
        zh: '页面上看不到买家评价：新品可先邀请老客试用晒单，或在详情中放买家秀/检测报告',
        en: 'No buyer reviews shown: ask past buyers to try it and review, or show buyer photos / test reports in the description',
      },
    },
    score: { part: 'trust', weight: 10 },
  },
  check(page, _options, context) {
    if (!page.reviews.shown || page.reviews.count === 0) context.report({ messageId: 'none', where: 'reviews' });
  },
});
