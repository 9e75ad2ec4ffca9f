// 放错类目 / 属性不符: 淘宝 judges a listing whose product is not what its 类目 says as misplaced ("商品属性与
// 发布商品所选择的属性或类目不一致，或将商品错误放置在淘宝网推荐各类目下" — 淘宝 rule explainer, reprinted at
// http://www.doec.net/kaidianzhinan/kaidianzhidao/yrldtmrhyczgt9prym3ork8tcta4msulk9ndusru36o, read 2026-12-02);
// 抖店 removes such listings too. When the editor, the list row or a file gives the 类目 and no product word
// of the title belongs to it (or to a category the platforms file the same goods under), one of the two is
// wrong. Silent without a 类目, and when the title names no product (title-missing-core-word says so).
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';
import { pathCategory, relatedCategories } from '../lexicon/category';

export default defineRule({
  meta: {
    id: 'title-category-mismatch',
    input: 'title',
    severity: 'warn',
    description: { zh: '标题的商品词与所选类目不符（错放类目）', en: "The title's product word does not fit the chosen 类目 (misplaced category)" },
    options: z.object({}),
    sources: { rule: '淘宝《放错类目/属性不符》：商品放置的类目与商品不一致即判定放错类目；抖店《商品信息发布规范》同' },
    messages: {
      mismatch: { zh: '标题的商品词「{word}」属于{wordCategory}，而类目是「{category}」：核对类目，或把商品词写对', en: 'The product word "{word}" is {wordCategoryEn}, but the 类目 is "{category}": check the category or the word' },
    },
  },
  check(listing, _options, context) {
    const expected = pathCategory(context.words, listing.category);
    if (!expected) return;
    const scan = scanTitle(context, listing.title);
    const cores = scan.words.filter((w) => w.kind === 'core' && w.categories.some((c) => c !== 'user' && c !== 'general'));
    if (!cores.length || scan.words.some((w) => w.kind === 'core' && w.categories.includes('user'))) return;
    if (cores.some((w) => w.categories.some((c) => relatedCategories(c, expected)))) return;
    const first = cores[0]!;
    const id = first.categories.find((c) => c !== 'general')!;
    const name = context.words.categories.find((c) => c.id === id)?.name ?? id;
    context.report({ messageId: 'mismatch', data: { word: first.word, wordCategory: name, wordCategoryEn: id, category: listing.category! }, start: first.start, end: first.end, text: first.word });
  },
});
