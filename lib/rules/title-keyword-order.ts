// 紧密优先: buyers search the core word together with one attribute (冰丝防晒衣, 防晒衣女); a title
// that holds both words apart still matches, but ranks below titles that write the phrase whole.
// Checked for the attribute whose phrase with the core word is worth most in the seller's data.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { titleKeywords } from '../engine/title';

export default defineRule({
  meta: {
    id: 'title-keyword-order',
    input: 'title',
    severity: 'info',
    description: { zh: '核心词与最强属性词没有连在一起，拆散了买家的搜索词组', en: 'The core word and its strongest attribute are apart, breaking the search phrase' },
    options: z.object({}),
    sources: { rule: '淘宝搜索 紧密优先原则（运营手册）：买家常搜的“属性词+核心词”词组在标题中连写，匹配权重更高' },
    messages: {
      apart: { zh: '「{attribute}」和「{core}」分开写了，买家常搜「{phrase}」，连在一起写匹配更好', en: '"{attribute}" and "{core}" are apart; buyers search "{phrase}": write them together' },
    },
  },
  check(listing, _options, context) {
    const state = titleKeywords(context, listing);
    if (!state || state.anchor < 0) return;
    const bank = context.keywords!;
    const { parts, partStart, partIds } = bank;
    // Terms are sorted by value: the first covered "attribute + core" pair is the strongest.
    for (let i = 0; i < bank.terms.length; i++) {
      if (!state.covered[i] || partStart[i + 1]! - partStart[i]! !== 2) continue;
      const [a, b] = [parts[partIds[partStart[i]!]!]!, parts[partIds[partStart[i]! + 1]!]!];
      const core = a.anchor === state.anchor ? a : b.anchor === state.anchor ? b : undefined;
      const attribute = core === a ? b : a;
      if (!core || attribute.kind !== 'attribute') continue;
      const key = core === a ? core.key + attribute.key : attribute.key + core.key;
      if (state.scan.norm.text.includes(key)) return;
      const hit = state.scan.words.find((w) => state.scan.norm.text.slice(w.normStart, w.normEnd) === attribute.key);
      const where = hit ? { start: hit.start, end: hit.end, text: hit.word } : {};
      context.report({ messageId: 'apart', data: { attribute: attribute.text, core: core.text, phrase: bank.terms[i]! }, ...where, suggestions: [bank.terms[i]!] });
      return;
    }
  },
});
