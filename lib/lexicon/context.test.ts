// Shape tests for the word families, the product names and classes (context/), and every source the
// word lists cite checked against the one table of articles (sources.ts).
import { describe, expect, it } from 'vitest';
import { bannedEntries, bannedFiles, combinations, familyEntries, familyFile, modifiersFile, productsFile } from './index';
import { sourceProblem } from './sources';
import { normaliseTerm } from '../text/normalise';
import { wordBank } from './bank';

describe('类后缀 and markers before a product (modifiers.json)', () => {
  it.each([['suffixes', modifiersFile.suffixes], ['prefixes', modifiersFile.prefixes]])('%s are short 汉字, each once, none a word the lexicons list as a product', (_, list) => {
    expect(new Set(list).size).toBe(list.length);
    for (const marker of list) {
      expect(marker, marker).toMatch(/^\p{Script=Han}{1,2}$/u);
      expect(wordBank().scan(marker).words.some((w) => w.kind === 'core' && w.word === marker), marker).toBe(false);
    }
  });

  it('make the product word after a marker an attribute, unless the marker ends a word', () => {
    const kindOf = (title: string, word: string) => wordBank().scan(title).words.find((w) => w.word === word)?.kind;
    expect(kindOf('电子琴带麦克风', '麦克风')).toBe('attribute');
    expect(kindOf('电子琴 麦克风', '麦克风')).toBe('core');
    expect(kindOf('电子琴送支架', '支架')).toBe('attribute');
    expect(kindOf('电子琴 支架', '支架')).toBe('core');
    expect(kindOf('真皮腰带手机包', '手机包')).toBe('core');
  });
});

describe('word families', () => {
  it('have unique ids, prefixed with their category, and every part non-empty', () => {
    const ids = familyFile.families.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const family of familyFile.families) {
      expect(family.id.startsWith(`${family.category}-`), family.id).toBe(true);
      for (const part of family.parts) expect(part.length, family.id).toBeGreaterThan(0);
    }
  });

  it('expand to terms of two characters or more, none repeated after normalisation, none a file already lists', () => {
    const listed = new Set(bannedEntries.map((e) => normaliseTerm(e.term)));
    const terms = familyEntries().map((e) => normaliseTerm(e.term));
    expect(new Set(terms).size).toBe(terms.length);
    for (const term of terms) {
      expect(term.length, term).toBeGreaterThanOrEqual(2);
      expect(listed.has(term), term).toBe(false);
    }
  });

  it('every family exemption contains one of its terms', () => {
    for (const family of familyFile.families) {
      const terms = combinations(family.parts).map(normaliseTerm);
      // A gapped family's term may hold up to `max` characters between its halves (增|白|肌).
      const either = (parts: string[][]) => `(?:${parts.reduce<string[]>((ws, part) => ws.flatMap((w) => part.map((p) => w + p)), ['']).join('|')})`;
      const gapped = family.gap && new RegExp(`${either(family.parts.slice(0, family.gap.after + 1))}.{0,${family.gap.max}}${either(family.parts.slice(family.gap.after + 1))}`, 'u');
      for (const phrase of family.exemptions)
        expect(terms.some((t) => normaliseTerm(phrase).includes(t)) || (gapped && gapped.test(normaliseTerm(phrase))), `${family.id}: ${phrase}`).toBe(true);
    }
  });

  it('every family matches in a title (the bank compiles all of them)', () => {
    const bank = wordBank();
    for (const family of familyFile.families.filter((f) => !f.gap)) {
      const term = combinations(family.parts).find((t) => !bannedEntries.some((e) => normaliseTerm(e.term) === normaliseTerm(t)))!;
      expect(bank.scan(`${term} `).banned.map((h) => h.entry.id), `${family.id}: ${term}`).toContain(family.id);
    }
  });
});

describe('families with a gap', () => {
  // 'ab' stands for any modifier the seller writes into the claim (防|蓝光|辐射).
  const gapped = familyFile.families.filter((f) => f.gap);
  const join = (family: (typeof gapped)[number], gap: string) => {
    const [first, second] = [family.parts.slice(0, family.gap!.after + 1), family.parts.slice(family.gap!.after + 1)];
    return first.map((p) => p[0]).join('') + gap + second.map((p) => p[0]).join('');
  };

  it('match with no gap and with up to `max` letters in the gap, not with more, nor across a space', () => {
    expect(gapped.length).toBeGreaterThan(0);
    const bank = wordBank();
    const ids = (title: string) => bank.scan(title).banned.map((h) => h.entry.id);
    for (const family of gapped) {
      const max = family.gap!.max;
      const gap = 'ab'.repeat(max).slice(0, max);
      expect(ids(`${join(family, gap)} `), `${family.id}: ${join(family, gap)}`).toContain(family.id);
      expect(ids(`${join(family, `${gap}c`)} `), `${family.id}: one more`).not.toContain(family.id);
      expect(ids(`${join(family, ' a')} `), `${family.id}: a space is a boundary`).not.toContain(family.id);
    }
  });

  it('report the whole claim, modifier included', () => {
    const hits = wordBank().scan('笔记本防蓝光辐射屏幕膜').banned;
    expect(hits.map((h) => [h.entry.id, h.text])).toEqual([['guarantee-shield-harm', '防蓝光辐射']]);
  });
});

describe('product names and classes', () => {
  const banned = new Set([...bannedEntries, ...familyEntries()].map((e) => normaliseTerm(e.term)));

  it('have unique ids; every name is of a banned term, with heads that are not banned terms', () => {
    const ids = [...productsFile.names, ...productsFile.classes].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const name of productsFile.names) {
      expect(banned.has(normaliseTerm(name.term)), name.id).toBe(true);
      for (const head of name.heads) expect(banned.has(normaliseTerm(head)), `${name.id}: ${head}`).toBe(false);
    }
  });

  it('each name exempts its term before a head and only there', () => {
    const bank = wordBank();
    for (const name of productsFile.names) {
      const head = name.heads[0]!;
      expect(bank.scan(`${name.term}${head}`).banned.map((h) => h.text), `${name.id} before ${head}`).not.toContain(name.term);
      expect(bank.scan(`${name.term} 快递`).banned.length, `${name.id} alone`).toBeGreaterThan(0);
    }
  });

  it("a class's entries are ids of entries or families of the kinds it judges", () => {
    const byId = new Map<string, string>([...bannedEntries, ...familyFile.families].map((e) => [e.id, e.category]));
    for (const productClass of productsFile.classes)
      for (const id of productClass.entries) expect(productClass.categories, `${productClass.id}: ${id}`).toContain(byId.get(id));
  });

  it('each class is found by each of its heads', () => {
    const bank = wordBank();
    for (const productClass of productsFile.classes)
      for (const head of [...productClass.heads, ...combinations(productClass.parts)].slice(0, 40))
        expect(bank.scan(`家用 ${head}`).productClass?.id, `${productClass.id}: ${head}`).toBe(productClass.id);
  });
});

describe('sources', () => {
  it('the table catches the citations that were wrong', () => {
    expect(sourceProblem('广告法 第九条第三项；《广告绝对化用语执法指南》(2023) 第九条第六项')).toMatch(/指南 has no 第九条/);
    expect(sourceProblem('《广告绝对化用语执法指南》(2023) 第八条第一项')).toMatch(/第八条/);
    expect(sourceProblem('《反不正当竞争法》有奖销售条款（2019年版第十条）')).toBeDefined();
    expect(sourceProblem('GB 7718-2025《食品安全国家标准 预包装食品标签通则》')).toMatch(/2027-03-16/);
    expect(sourceProblem('广告法 第十七条、第二十八条第二款第三项')).toBeUndefined();
  });

  it('every entry, family, name and class cites articles the table knows', () => {
    const sources = [
      ...bannedFiles.flatMap((f) => [f.source, ...f.entries.map((e) => e.source)]),
      familyFile.source,
      ...familyFile.families.map((f) => f.source),
      productsFile.source,
      ...productsFile.names.map((n) => n.source),
      ...productsFile.classes.map((c) => c.source),
      productsFile.designs.source,
    ];
    for (const source of new Set(sources)) expect(sourceProblem(source), source).toBeUndefined();
  });

  it('广告法 第十六条 is cited only for drugs and medical devices', () => {
    for (const entry of bannedEntries) expect(/广告法 第十六条/.test(entry.source), entry.id).toBe(false);
    for (const productClass of productsFile.classes)
      if (productClass.source.includes('第十六条')) expect(['class-drug', 'class-device']).toContain(productClass.id);
  });
});
