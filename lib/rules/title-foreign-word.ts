// 抖店《商品信息发布规范》(update effective 2023-02-16) "新增非汉语信息要求: 商家发布包含非汉语（如外文、少数民族
// 语言）信息时，必须同时标注相应汉语含义" (reprinted at http://www.10ly.cn/ws/202303/c_70584.html, read
// 2026-12-02). A title that names its product only in a foreign language (MLV32SHLC6381 is their own
// example of a violation) has no Chinese gloss. Brands, model numbers, units and abbreviations (USB, LED)
// are names, not a language, and a title whose product word is Chinese is glossed.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';

// A run of Latin letters (with ' and - inside), as the title writes it.
const LATIN = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*/gu;
const HAN = /\p{Script=Han}/u;

export default defineRule({
  meta: {
    id: 'title-foreign-word',
    input: 'title',
    severity: 'warn',
    description: { zh: '标题只用外文写商品，没有中文含义', en: 'The product is named only in a foreign language, with no Chinese gloss' },
    options: z.object({
      /** Letters below which a Latin word is an abbreviation or unit (ml, USB), not a language. */
      minLetters: z.number().int().min(1).default(4),
    }),
    sources: {
      rule: '抖店《商品信息发布规范》2023-02-16 新增“非汉语信息”要求：包含外文信息时必须同时标注相应汉语含义',
      minLetters: '3 个字母以内多为单位或缩写（ml、USB、LED），不是外文',
    },
    messages: {
      foreign: { zh: '「{words}」是外文，标题里没有写出商品的中文名：补上中文商品词', en: '"{words}" is foreign text and the title never names the product in Chinese: add the Chinese product word' },
    },
  },
  check(listing, options, context) {
    const scan = scanTitle(context, listing.title);
    // Glossed: a core word written in 汉字.
    if (scan.words.some((w) => w.kind === 'core' && HAN.test(w.word))) return;
    const known = [...scan.words, ...scan.brands];
    const foreign: { start: number; end: number; text: string }[] = [];
    for (const m of listing.title.matchAll(LATIN)) {
      const text = m[0];
      const start = m.index;
      const end = start + text.length;
      const letters = text.replace(/[^A-Za-z\u00C0-\u024F]/gu, '');
      // An abbreviation (all capitals), a model number (letters beside digits), a brand or a lexicon word.
      if (letters.length < options.minLetters || /^[A-Z]+$/.test(letters)) continue;
      if (/\d/.test(listing.title[start - 1] ?? '') || /\d/.test(listing.title[end] ?? '')) continue;
      if (known.some((k) => k.start < end && start < k.end)) continue;
      // A name glossed in brackets after its 汉字 (长虹（ChangHong）), or an HTML entity (&rdquo).
      if (/\p{Script=Han}[（(]\s*$/u.test(listing.title.slice(0, start)) || listing.title[start - 1] === '&') continue;
      foreign.push({ start, end, text });
    }
    if (!foreign.length) return;
    const first = foreign[0]!;
    const last = foreign[foreign.length - 1]!;
    context.report({
      messageId: 'foreign',
      severity: context.platform === 'douyin' ? 'warn' : 'info',
      data: { words: foreign.map((f) => f.text).join(' ') },
      start: first.start,
      end: last.end,
      text: listing.title.slice(first.start, last.end),
    });
  },
});
