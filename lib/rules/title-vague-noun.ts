// 抖店《商品信息发布规范》(update effective 2023-02-16): a title may not describe the product by a
// catch-all noun — 百货, 孤品, 套装, 链接, 好物, 秒杀专项 — instead of naming it (their examples of violations:
// 自留好物分享, 孤品 No退No换 叫到编号拍, 【光面】2023款送礼盒). Source: the rule update as reprinted at
// http://www.10ly.cn/ws/202303/c_70584.html (search corpus "pages", read 2026-12-02).
// It is a violation when no other word names the product; beside a real product word the vague word
// only spends characters, which is a note. Never suggests another vague word.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';
import { categoryWords, listingCategory } from '../lexicon/category';
import { normaliseTerm } from '../text/normalise';
import { titleWidth } from '../text/width';

// Normalised once per word list (the options object lives as long as the settings do).
const keyCache = new WeakMap<readonly string[], Set<string>>();
function keysOf(words: readonly string[]): Set<string> {
  let keys = keyCache.get(words);
  if (!keys) keyCache.set(words, (keys = new Set(words.map(normaliseTerm))));
  return keys;
}

export default defineRule({
  meta: {
    id: 'title-vague-noun',
    input: 'title',
    severity: 'warn',
    description: { zh: '用“百货、孤品、链接、好物”等泛称代替商品名', en: 'A catch-all noun (百货, 孤品, 链接, 好物 …) instead of the product name' },
    options: z.object({
      words: z.array(z.string().min(1)).default(['百货', '孤品', '套装', '链接', '好物', '秒杀专项', '秒杀链接', '福利款', '专拍链接', '补差价链接']),
    }),
    sources: { rule: '抖店《商品信息发布规范》2023-02-16 新增标题规范：不得通过“百货”“孤品”“套装”“链接”“好物”“秒杀专项”等泛泛定义的物品概述来描述商品主体' },
    messages: {
      vague: { zh: '「{word}」是泛称，平台不认它作商品名：请写明卖的是什么（如“{example}”）', en: '"{word}" is a catch-all, not a product name: say what the product is' },
      extra: { zh: '「{word}」是泛称，不说明商品，占用 {width} 字符，可换成属性词', en: '"{word}" says nothing about the product and uses characters an attribute could' },
    },
  },
  check(listing, options, context) {
    const scan = scanTitle(context, listing.title);
    const vague = keysOf(options.words);
    const hits: { start: number; end: number; text: string }[] = [];
    for (const key of vague) {
      for (let at = scan.norm.text.indexOf(key); at >= 0; at = scan.norm.text.indexOf(key, at + key.length)) {
        const start = scan.norm.origStart[at]!;
        const end = scan.norm.origEnd[at + key.length - 1]!;
        if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ start, end, text: listing.title.slice(start, end) });
      }
    }
    if (!hits.length) return;
    // Another core word (not itself vague, not inside a vague word) names the product.
    const named = scan.words.some((w) => w.kind === 'core' && !vague.has(scan.norm.text.slice(w.normStart, w.normEnd)) && !hits.some((h) => h.start <= w.start && w.end <= h.end));
    const example = categoryWords(context.words, listingCategory(context.words, listing.category, scan), 'core').find((w) => !vague.has(normaliseTerm(w))) ?? '连衣裙';
    for (const hit of hits.sort((a, b) => a.start - b.start)) {
      // 套装 beside a product word is the product's form (护肤套装), not a catch-all.
      if (named && normaliseTerm(hit.text) === '套装') continue;
      // 套装 with no product word the lexicons know is most often a set of things they do not (信纸信封套装): a note.
      if (!named && normaliseTerm(hit.text) === '套装') context.report({ messageId: 'vague', severity: 'info', data: { word: hit.text, example }, ...hit });
      else if (named) context.report({ messageId: 'extra', severity: 'info', data: { word: hit.text, width: titleWidth(hit.text) }, ...hit, suggestions: [''] });
      else context.report({ messageId: 'vague', data: { word: hit.text, example }, ...hit });
    }
  },
});
