// 淘宝/天猫/抖店: at most 60 characters where a Chinese character counts 2 (publish-page placeholder
// "最多允许输入30个汉字（60字符）"). Operating manual: fill the title — each unused character is a search
// entry given away — so under 50 is worth a note, scaled by how much is left. 抖店 also sets a floor:
// its title box asks for "15-60个字符（8-30个汉字）" and refuses less (placeholder and form rule, read_file
// ids 62571089725, 38009860236, 48139164622, 2026-12-02).
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { scanTitle } from '../engine/title';
import { isDecoration } from '../text/decoration';
import { tokenize } from '../text/segment';
import { TITLE_MAX_WIDTH, titleWidth } from '../text/width';

const rule = defineRule({
  meta: {
    id: 'title-length',
    input: 'title',
    severity: 'warn',
    description: { zh: '标题长度：不超过平台上限，且尽量写满', en: 'Title length: within the platform limit and close to full' },
    options: z.object({
      min: z.number().int().positive().default(50),
      max: z.number().int().positive().optional(),
      /** The platform's own floor, under which it refuses the title (抖店: 15 characters). */
      floor: z.number().int().positive().optional(),
    }),
    sources: {
      max: '淘宝/天猫/抖店 发布页：最多 30 个汉字（60 字符），汉字计 2 字符',
      min: '运营手册：标题尽量写满 60 字符，少于 50 字符浪费搜索入口',
      floor: '抖店 商品创建页：商品标题“请输入15-60个字符（8-30个汉字）”',
    },
    messages: {
      tooLong: { zh: '标题 {width}/{max} 字符，超出平台上限 {over} 字符，无法发布', en: 'Title is {width}/{max} characters, {over} over the limit' },
      tooShort: { zh: '标题仅 {width}/{max} 字符，还可补充 {left} 字符的属性词或场景词', en: 'Title is only {width}/{max} characters; {left} left for attribute or scene words' },
      empty: { zh: '标题为空', en: 'The title is empty' },
      belowFloor: { zh: '标题仅 {width} 字符，平台要求至少 {floor} 字符（{han} 个汉字），无法发布', en: 'Title is {width} characters; the platform needs at least {floor} ({han} Chinese characters)' },
    },
    score: { part: 'length', weight: 25 },
  },
  check(listing, options, context) {
    const max = options.max ?? TITLE_MAX_WIDTH[context.platform];
    const width = titleWidth(listing.title.trim());
    if (width === 0) context.report({ messageId: 'empty', severity: 'error' });
    else if (width > max) context.report({ messageId: 'tooLong', severity: 'error', data: { width, max, over: width - max } });
    else if (options.floor && width < options.floor) context.report({ messageId: 'belowFloor', severity: 'error', data: { width, floor: options.floor, han: Math.ceil(options.floor / 2) } });
    else {
      // Only space that says something counts as used: decoration and repeated words fill no search entry,
      // so padding a short title with 【】★ or a repeat never raises its score (title-symbols and
      // title-repeated-word say what they cost).
      const used = usedWidth(listing.title, context);
      if (used >= options.min) return;
      context.report({
        messageId: 'tooShort',
        data: { width, max, left: max - width },
        // Costs in proportion to the space left unused, up to 4/5 of the points: a short title that names
        // its product and two attributes is a fair title (≥ 80) that could reach further, not a failure.
        weight: ((options.min - used) / options.min) * 0.8,
      });
    }
  },
});

/** The title's width without decoration and without the second and later copies of a word. */
function usedWidth(title: string, context: Parameters<(typeof rule)['check']>[2]): number {
  const scan = scanTitle(context, title);
  const tokens = context.memo('title-tokens', () => tokenize(title, scan.norm, scan.words));
  let width = 0;
  // A tag in 【】 (【爆款】【现货】) is a shop's label, not a word a buyer searches: decoration too.
  let inTag = false;
  for (const ch of title) {
    if (ch === '【') inTag = true;
    else if (ch === '】') inTag = false;
    else if (!inTag && !isDecoration(ch)) width += titleWidth(ch);
  }
  const seen = new Set<string>();
  for (const token of tokens) {
    // A single character written twice (女, 款) is no repeat, as title-repeated-word holds.
    if (token.kind === 'other' && [...token.key].length < 2) continue;
    if (!/^\d+$/.test(token.key) && seen.has(token.key)) width -= titleWidth(token.text);
    seen.add(token.key);
  }
  return width;
}

export default rule;
