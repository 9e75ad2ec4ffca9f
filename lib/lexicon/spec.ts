// Specs and model numbers are attributes too (operating manual: 属性词 include 规格/型号): 500ml, 1.5m,
// 20*30cm, 10档, 4g, 2件套, UPF50+, x9070. No list can hold them, so they are read by shape: a number with a
// unit, or letters and digits in one token. Counted by title-missing-attribute beside the lexicon's words.
const UNIT = String.raw`(?:ml|l|g|kg|mg|mm|cm|m|w|kw|v|mah|hz|gb|tb|寸|英寸|米|厘米|毫米|克|千克|公斤|斤|两|升|毫升|瓦|伏|档|件套|件|片|粒|袋|盒|瓶|支|包|只|个|张|层|码|匹|岁|月|寸|p|k)`;
const SPEC = new RegExp(String.raw`\d+(?:\.\d+)?(?:\s*[*x×]\s*\d+(?:\.\d+)?)*\s*${UNIT}(?![a-z])|(?<![a-z0-9])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{3,}(?:-[a-z0-9]+)*(?![a-z0-9])`, 'giu');

export interface SpecHit {
  start: number;
  end: number;
  text: string;
}

/** The specs and model numbers of a title, left to right. */
export function specs(title: string): SpecHit[] {
  return [...title.matchAll(SPEC)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}
