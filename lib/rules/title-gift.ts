// A gift or prize in the title (买一送一, 送礼盒, 赠运费险, 加送2个) is how the goods are sold, not what they
// are: 抖店 lists 【光面】2023款送礼盒 among its title violations (《商品信息发布规范》2023-02-16, reprinted at
// http://www.10ly.cn/ws/202303/c_70584.html), and 快手小店's title guide rejects 买一送一 as a title for the
// same reason ("只是售卖的形式，不是商品名称", http://m.jn925.cn/cases1/8167.html); both pages read
// 2026-12-02 (search corpus "pages"). Gifts go in the promotion and the detail page.
// 送 is a gift only when what follows is a thing or a number (送礼盒, 送2个); 送女友, 送礼 are occasions
// (scene words), 配送, 接送 are services.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';

const GIFT = /买\s*[一二两三四五六七八九十\d]+\s*送\s*[一二两三四五六七八九十\d]+|赠品|赠送|加送|[送赠]/gu;
// 送 that belongs to another word: delivery and transport (配送, 运送, 接送, 输送带, 传送带, 送风 …).
const NOT_GIFT_BEFORE = /[配运递输传发接护派推寄欢目馈]$/u;
const NOT_GIFT_AFTER = /^(货|达|风|餐|水|药|检|洗|修|客|机)/u;

export default defineRule({
  meta: {
    id: 'title-gift',
    input: 'title',
    severity: 'warn',
    description: { zh: '标题写了赠品或促销赠送（送…、赠…、买一送一）', en: 'A gift or giveaway in the title (送…, 赠…, buy one get one)' },
    options: z.object({}),
    sources: { rule: '抖店《商品信息发布规范》(2023-02-16) 违规示例「2023款送礼盒」；快手小店商品标题要求：“买一送一只是售卖的形式，不是商品名称”' },
    messages: {
      gift: { zh: '「{text}」是赠品/促销信息，不是商品本身：放到活动和详情页里，标题位置留给属性词', en: '"{text}" is a giveaway, not the product: put it in the promotion and the detail page' },
    },
  },
  check(listing, _options, context) {
    const scan = scanTitle(context, listing.title);
    const title = listing.title;
    for (const m of title.matchAll(GIFT)) {
      const start = m.index;
      let end = start + m[0].length;
      // Inside a lexicon word (送礼, 送女友 are scenes), unless a thing starts right after it (送礼盒).
      const given = m[0].length === 1 ? context.words.scan(title.slice(end)).words.find((w) => w.start === 0 && (w.kind === 'core' || (w.kind === 'attribute' && w.end >= 2))) : undefined;
      if (m[0].length === 1 && !given && scan.words.some((w) => w.start <= start && end <= w.end)) continue;
      if (m[0].length === 1 && (NOT_GIFT_BEFORE.test(title.slice(0, start)) || NOT_GIFT_AFTER.test(title.slice(end)))) continue;
      if (m[0].length === 1) {
        // What is given: a number (送2个), a lexicon word (送礼盒, 赠运费险), else the run of 汉字 after it, up to 4.
        const rest = title.slice(end);
        const number = /^\s*[\d一二两三四五六七八九十]+[个件只支包盒张份对双瓶袋]?/u.exec(rest);
        const word = given && { end: end + given.end };
        const run = /^[\p{Script=Han}]{1,4}/u.exec(rest);
        if (number) end += number[0].length;
        else if (word) end = word.end;
        // 送女学生, 送老师: a person is an occasion (the scene words name the common ones), not a gift.
        else if (run && !/^[了给到你我他她的女男老妈爸朋闺同学孩宝亲客情长]/u.test(rest)) end += run[0].length;
        else continue;
      }
      const text = title.slice(start, end);
      context.report({ messageId: 'gift', data: { text }, start, end, text, suggestions: [''] });
    }
  },
});
