// A WordBank compiles every list (shipped + the seller's own) into ONE automaton, so a title or a
// page is scanned once for banned words, their exemptions, title words and brands together.
import { AhoCorasick } from '../matcher/aho-corasick';
import { normalise, normaliseTerm, toOriginalSpan, type Normalised } from '../text/normalise';
import { bannedEntries, brandEntries, categoryLexicons, combinations, familyEntries, familyEntry, gappedFamilies, modifiersFile, productsFile } from './index';
import { atWordEdges, spansSpace } from './boundary';
import { UserWords, type BannedEntry, type BannedFamily, type DesignNames, type BrandEntry, type CategoryLexicon, type ProductClass, type ProductName, type TitleWordKind } from './schema';

export interface BannedHit {
  entry: BannedEntry;
  /** Original UTF-16 span. */
  start: number;
  end: number;
  text: string;
}

export interface TitleWordHit {
  word: string;
  kind: TitleWordKind;
  /** Category lexicons the word belongs to ('user' for the seller's own words). */
  categories: string[];
  start: number;
  end: number;
  /** Normalised span, for comparing words with each other. */
  normStart: number;
  normEnd: number;
}

export interface BrandHit {
  brand: BrandEntry;
  start: number;
  end: number;
  text: string;
  normStart: number;
  normEnd: number;
}

export interface Scan {
  original: string;
  norm: Normalised;
  banned: BannedHit[];
  words: TitleWordHit[];
  brands: BrandHit[];
  /** The class of product the text sells when it needs a licence to make health claims (药品, 医疗器械 …). */
  productClass?: ProductClass;
}

type Ref =
  | { type: 'banned'; entry: BannedEntry; term: string }
  | { type: 'exempt'; term: string }
  | { type: 'allow' }
  | { type: 'word'; kind: TitleWordKind; category: string; word: string; learned?: true }
  | { type: 'brand'; brand: BrandEntry }
  /** A printable product (手机壳) or a marker of its print's name (彩绘 …, … 款). */
  | { type: 'design'; role: 'head' | 'before' | 'after' }
  /** The first or the second half of a family with a gap (防 | 辐射). */
  | { type: 'half'; family: number; second: boolean }
  /** A product head word: of a product name (增高…架) or of a licensed class (治疗仪, 胶囊). */
  | { type: 'head'; name?: ProductName; productClass?: ProductClass };

interface Lists {
  banned: readonly BannedEntry[];
  categories: readonly CategoryLexicon[];
  brands: readonly BrandEntry[];
  names: readonly ProductName[];
  classes: readonly ProductClass[];
  gapped?: readonly BannedFamily[];
  designs?: DesignNames;
}

const SHIPPED: Lists = {
  banned: [...bannedEntries, ...familyEntries()],
  categories: categoryLexicons,
  brands: brandEntries,
  names: productsFile.names,
  classes: productsFile.classes,
  gapped: gappedFamilies(),
  designs: productsFile.designs,
};

export class WordBank {
  readonly categories: readonly CategoryLexicon[];
  /** Normalised word → the synonym group id it belongs to. */
  readonly synonymGroup = new Map<string, number>();
  /** Normalised word → the exclusive group it belongs to (女/男: one listing is one of them). */
  readonly exclusiveGroup = new Map<string, number>();
  /** Public for the CLI's build, which stores the shipped bank's automaton ahead (cli/automata.ts). */
  readonly matcher: AhoCorasick;
  private readonly refs: Ref[][] = [];
  /** Length of the longest pattern: no match spans more, which bounds every containment test. */
  private readonly longest: number;
  /** Normalised banned term → the product names it can be part of. */
  private readonly namesOf = new Map<string, ProductName[]>();
  private readonly gapped: readonly BannedFamily[];
  private readonly designs: DesignNames | undefined;

  constructor(user: Partial<UserWords> = {}, lists: Lists = SHIPPED) {
    const words = UserWords.parse(user);
    this.categories = lists.categories;
    const index = new Map<string, number>();
    const patterns: string[] = [];
    const add = (raw: string, ref: Ref) => {
      const key = normaliseTerm(raw);
      if (!key) return;
      let at = index.get(key);
      if (at === undefined) {
        at = patterns.length;
        index.set(key, at);
        patterns.push(key);
        this.refs.push([]);
      }
      this.refs[at]!.push(ref);
    };

    for (const entry of lists.banned) {
      const term = normaliseTerm(entry.term);
      add(entry.term, { type: 'banned', entry, term });
      for (const phrase of entry.exemptions) add(phrase, { type: 'exempt', term });
    }
    words.banned.forEach((term, i) =>
      add(term, {
        type: 'banned',
        term: normaliseTerm(term),
        entry: { id: `user-${i}`, term, category: 'user', severity: 'error', source: '自定义违禁词', replacements: [], exemptions: [] },
      }),
    );
    for (const phrase of words.allowed) add(phrase, { type: 'allow' });
    this.designs = lists.designs;
    if (this.designs) {
      for (const head of this.designs.heads) add(head, { type: 'design', role: 'head' });
      for (const marker of this.designs.before) add(marker, { type: 'design', role: 'before' });
      for (const marker of this.designs.after) add(marker, { type: 'design', role: 'after' });
    }
    this.gapped = lists.gapped ?? [];
    this.gapped.forEach((family, i) => {
      const { after } = family.gap!;
      // A half may be one character (防 | 辐射): only the joined hit is a term.
      for (const half of halves(family.parts.slice(0, after + 1))) add(half, { type: 'half', family: i, second: false });
      for (const half of halves(family.parts.slice(after + 1))) add(half, { type: 'half', family: i, second: true });
      for (const phrase of family.exemptions) add(phrase, { type: 'exempt', term: gapKey(family) });
    });
    for (const name of lists.names) {
      const term = normaliseTerm(name.term);
      this.namesOf.set(term, [...(this.namesOf.get(term) ?? []), name]);
      for (const head of name.heads) add(head, { type: 'head', name });
    }
    for (const productClass of lists.classes)
      for (const head of [...productClass.heads, ...combinations(productClass.parts)]) add(head, { type: 'head', productClass });

    let group = 0;
    let exclusive = 0;
    // The kind another list gives a word: a synonym takes it rather than its group's (防晒 of 防晒霜 is an attribute).
    const listedKind = new Map<string, TitleWordKind>();
    for (const l of lists.categories) for (const kind of ['core', 'attribute', 'scene'] as const) for (const w of l[kind]) if (!listedKind.has(w)) listedKind.set(w, kind);
    for (const lexicon of lists.categories) {
      for (const members of lexicon.exclusive) {
        for (const word of members) this.exclusiveGroup.set(normaliseTerm(word), exclusive);
        exclusive++;
      }
      // Product words learned from real titles name products for the title's structure, but they are not
      // checked names: a claim inside one (止痛 of 关节止痛膏, 治疗 of 治疗仪) is still judged.
      const learned = new Set(lexicon.products.flatMap((g) => g.words));
      for (const kind of ['core', 'attribute', 'scene'] as const)
        for (const word of lexicon[kind]) add(word, { type: 'word', kind, category: lexicon.id, word, ...(kind === 'core' && learned.has(word) && { learned: true as const }) });
      const kindOf = (word: string) => (['core', 'attribute', 'scene'] as const).find((kind) => lexicon[kind].includes(word));
      for (const synonyms of lexicon.synonyms) {
        // A synonym this list does not name (零食大礼包 …) is still a word, of the kind its group's listed words
        // are; where they differ (女装 and 女士 for 女款) it only describes, so it is an attribute.
        const kinds = new Set(synonyms.map(kindOf).filter((kind) => kind));
        const groupKind = kinds.size === 1 ? [...kinds][0]! : 'attribute';
        for (const word of synonyms) {
          this.synonymGroup.set(normaliseTerm(word), group);
          if (!kindOf(word)) add(word, { type: 'word', kind: listedKind.get(word) ?? groupKind, category: lexicon.id, word });
        }
        group++;
      }
    }
    for (const kind of ['core', 'attribute', 'scene'] as const)
      for (const word of words[kind]) add(word, { type: 'word', kind, category: 'user', word });

    const own = new Set(words.ownBrands.map((b) => normaliseTerm(b)));
    for (const brand of lists.brands)
      for (const name of [brand.name, ...brand.aliases]) if (!own.has(normaliseTerm(name))) add(name, { type: 'brand', brand });
    words.brands.forEach((name, i) => add(name, { type: 'brand', brand: { id: `user-${i}`, name, aliases: [], category: 'user' } }));

    this.matcher = new AhoCorasick(patterns);
    this.longest = patterns.reduce((max, p) => Math.max(max, p.length), 0);
  }

  /** One pass over `text`: banned words (exemptions applied), title words, brands. Linear in the text:
   *  every containment test looks only at matches starting within one pattern length (issue #21). */
  scan(text: string): Scan {
    const norm = normalise(text);
    const bannedRaw: RawHit[] = [];
    // Shields as linked lists by start offset (typed arrays: a 1 MB page holds ~10⁶ of them).
    const shieldHead = new Int32Array(norm.text.length + 1).fill(-1);
    const shieldNext: number[] = [];
    const shieldEnd: number[] = [];
    const shieldTerm: (string | undefined)[] = [];
    const wordsRaw: { refs: Extract<Ref, { type: 'word' }>[]; s: number; e: number }[] = [];
    const brands: BrandHit[] = [];
    const brandSeen = new Set<string>();
    // Other words' spans (lexicon words, brands, heads): a banned hit may not begin or end inside one.
    const wordSpans: number[] = [];
    const heads = new Map<ProductName, Set<number>>();
    // First halves of gapped families by end offset, to join with a second half a few characters on.
    const firstHalves = new Map<number, { family: number; s: number }[]>();
    let printable = false;
    const markerEnds = new Set<number>();
    const markerStarts = new Set<number>();
    let lastClass: { productClass: ProductClass; s: number; e: number } | undefined;
    const shield = (s: number, e: number, term?: string) => {
      shieldNext.push(shieldHead[s]!);
      shieldHead[s] = shieldEnd.length;
      shieldEnd.push(e);
      shieldTerm.push(term);
    };

    this.matcher.search(norm.text, (pattern, s, e) => {
      let wordRefs: Extract<Ref, { type: 'word' }>[] | undefined;
      for (const ref of this.refs[pattern]!) {
        switch (ref.type) {
          case 'banned':
            bannedRaw.push({ entry: ref.entry, term: ref.term, s, e });
            break;
          case 'exempt':
            shield(s, e, ref.term);
            break;
          case 'design':
            if (ref.role === 'head') printable = true;
            else if (ref.role === 'before') markerEnds.add(e);
            else markerStarts.add(s);
            break;
          case 'half': {
            if (!ref.second) {
              const at = firstHalves.get(e);
              if (at) at.push({ family: ref.family, s });
              else firstHalves.set(e, [{ family: ref.family, s }]);
              break;
            }
            const family = this.gapped[ref.family]!;
            for (let end = s; end >= Math.max(1, s - family.gap!.max); end--) {
              // The gap is a modifier written into the claim (蓝光), never a space or a mark between two words.
              if (end < s && !GAP_WORD.test(text.slice(norm.origEnd[end - 1]!, norm.origStart[s]!))) break;
              for (const first of firstHalves.get(end) ?? [])
                if (first.family === ref.family) {
                  const term = norm.text.slice(first.s, e);
                  bannedRaw.push({ entry: familyEntry(family, term), term, key: gapKey(family), s: first.s, e });
                }
            }
            break;
          }
          case 'allow':
            shield(s, e);
            break;
          case 'word':
            (wordRefs ??= []).push(ref);
            break;
          case 'head':
            if (ref.name) {
              const at = heads.get(ref.name);
              if (at) at.add(s);
              else heads.set(ref.name, new Set([s]));
            }
            // The last class word, and the longest of those that overlap (关节止痛膏 over its 止痛膏); a class that
            // needs a licence outranks one that needs proof (压力治疗仪…按摩器 is a medical device).
            if (ref.productClass && (!lastClass || outranks(ref.productClass, lastClass.productClass) ||
              (!outranks(lastClass.productClass, ref.productClass) && ((s >= lastClass.s && e > lastClass.e) || (s <= lastClass.s && e >= lastClass.e)))))
              lastClass = { productClass: ref.productClass, s, e };
            break;
          case 'brand': {
            const key = `${ref.brand.id}@${s}`;
            if (brandSeen.has(key)) break;
            brandSeen.add(key);
            const span = toOriginalSpan(norm, s, e);
            brands.push({ brand: ref.brand, ...span, text: text.slice(span.start, span.end), normStart: s, normEnd: e });
          }
        }
      }
      if (wordRefs) wordsRaw.push({ refs: wordRefs, s, e });
      // A lexicon word across a space is no word of the title (胸包 of 丰胸 包邮): it may not close or cross a hit's edge.
      if (this.refs[pattern]!.some((r) => r.type === 'word' || r.type === 'brand') && !spansSpace(text, norm, s, e)) wordSpans.push(s, e);
    });

    const longest = this.longest;
    // A shield covering a hit starts at most `longest` units before the hit's end.
    const isShielded = (hit: RawHit) => {
      for (let from = Math.max(0, hit.e - longest); from <= hit.s; from++)
        for (let k = shieldHead[from]!; k >= 0; k = shieldNext[k]!)
          if (hit.e <= shieldEnd[k]! && (shieldTerm[k] === undefined || shieldTerm[k] === (hit.key ?? hit.term))) return true;
      return false;
    };
    const named = (hit: RawHit) => {
      for (const name of this.namesOf.get(hit.term) ?? []) {
        if (name.model && ALNUM.test(text[norm.origEnd[hit.e - 1]!] ?? '')) return true;
        const starts = heads.get(name);
        if (!starts) continue;
        if (name.scope === 'title') return true;
        for (let at = hit.e; at <= hit.e + name.gap; at++) if (starts.has(at)) return true;
      }
      return false;
    };
    // A hit inside a product word of the lexicons (除螨 in 除螨仪, 养生 in 养生壶) is the product's own name.
    const coreEndFrom = new Int32Array(norm.text.length + 1);
    for (const w of wordsRaw) if (w.refs.some((r) => r.kind === 'core' && !r.learned) && w.e > coreEndFrom[w.s]!) coreEndFrom[w.s] = w.e;
    // And a hit inside a brand or product-line name (至尊 of 酷冷至尊) is the name.
    for (const b of brands) if (b.normEnd > coreEndFrom[b.normStart]!) coreEndFrom[b.normStart] = b.normEnd;
    const inProductWord = (hit: RawHit) => {
      for (let from = Math.max(0, hit.e - longest); from <= hit.s; from++) {
        const end = coreEndFrom[from]!;
        if (end >= hit.e && end - from > hit.e - hit.s) return true;
      }
      return false;
    };
    const { atEdges: edges, longestWordFrom } = atWordEdges(text, norm, wordSpans);
    // 最 takes the whole word after it: 最|好养 is the superlative of 好养 though the family's 最好 ends inside it.
    const superlative = (hit: RawHit) => {
      const end = hit.entry.category === 'absolute' && hit.term.startsWith('最') ? longestWordFrom[hit.s + 1]! : 0;
      return end > hit.e && edges(hit.s, end);
    };
    // A gapped family's contiguous form may also be a listed term (防辐射): one hit per span.
    const spanSeen = new Set<number>();
    const designs = this.designs;
    const brackets = printable ? bracketRanges(text) : [];
    // On a printable product, a superstition or health word in 【】 or beside a print marker names the print;
    // so does the same word written again elsewhere in the title (…玻璃壳发财中国风…【恭喜发财】).
    const designable = (hit: RawHit) => printable && designs!.categories.includes(hit.entry.category as never);
    const bracketed = (hit: RawHit) => {
      const start = norm.origStart[hit.s]!;
      return brackets.some(([a, b]) => a < start && norm.origEnd[hit.e - 1]! <= b);
    };
    const printed = new Set(bannedRaw.filter((hit) => designable(hit) && bracketed(hit)).map((hit) => hit.term));
    const inDesign = (hit: RawHit) => {
      if (!designable(hit)) return false;
      if (printed.has(hit.term)) return true;
      // A style code right before it (B8减肥一词, A12招财) numbers one of the seller's prints.
      if (STYLE_CODE.test(text.slice(Math.max(0, norm.origStart[hit.s]! - 4), norm.origStart[hit.s]!))) return true;
      for (let d = 0; d <= designs!.gap; d++) if (markerEnds.has(hit.s - d) || markerStarts.has(hit.e + d)) return true;
      return false;
    };
    const kept = bannedRaw.filter(
      (hit) =>
        !inDesign(hit) &&
        !spanSeen.has(hit.s * (norm.text.length + 1) + hit.e) &&
        spanSeen.add(hit.s * (norm.text.length + 1) + hit.e) && !isShielded(hit) && !negated(text, norm, hit.s) && !insideWord(text, norm, hit.s, hit.e) && !named(hit) && !inProductWord(hit) && (edges(hit.s, hit.e) || superlative(hit)),
    );
    // A hit inside a longer hit (最好 inside 全网最好) is the longer one's business. Hits arrive in
    // order of end offset, so the longest hit ending at each offset is one array read.
    const longestEndingAt = new Int32Array(norm.text.length + 1);
    for (const hit of kept) longestEndingAt[hit.e] = Math.max(longestEndingAt[hit.e]!, hit.e - hit.s);
    const inLonger = (hit: RawHit) => {
      for (let end = hit.e, last = Math.min(hit.s + longest, norm.text.length); end <= last; end++) {
        const len = longestEndingAt[end]!;
        if (end - len <= hit.s && len > hit.e - hit.s) return true;
      }
      return false;
    };
    const banned = kept
      .filter((hit) => !inLonger(hit))
      .map(({ entry, s, e }) => {
        const span = toOriginalSpan(norm, s, e);
        return { entry, ...span, text: text.slice(span.start, span.end) };
      });

    // A word inside a longer brand name is part of the name (衣 of 优衣库), not a word of the title; a
    // one-character word after a number is its measure word (36片/盒, 10袋, 1斤/包), not the product; a word
    // of Latin letters or digits matches at a word edge only (cd is not in abcd1234, nor in dc/dc).
    const outsideBrands = wordsRaw.filter(
      (w) =>
        !brands.some((b) => b.normStart <= w.s && w.e <= b.normEnd && b.normEnd - b.normStart > w.e - w.s) &&
        !(w.e - w.s === 1 && MEASURED.test(text[norm.origStart[w.s]! - 1] ?? '')) &&
        !insideWord(text, norm, w.s, w.e),
    );
    // A space between two words is where a title's words end (JD titles space every word): no title word
    // spans one (焊 机 of 电焊 机修 is no 焊机, 家用 五金 no 家用五金).
    const segmented = segmentWords(text, norm, outsideBrands.filter((w) => !spansSpace(text, norm, w.s, w.e)));
    // Head-final: a product word right before a 类后缀 (壁挂|式, 绿茶|味, 手机|专用) describes another
    // thing, it is an attribute — unless the suffix begins a longer word of the lexicons (口红|色号).
    const longerFrom = new Int32Array(norm.text.length + 1);
    for (const w of segmented) longerFrom[w.normStart] = w.normEnd - w.normStart;
    const endsAt = new Uint8Array(norm.text.length + 1);
    for (const w of segmented) endsAt[w.normEnd] = 1;
    const words = segmented.map((w) => {
      if (w.kind !== 'core') return w;
      MODIFIER_SUFFIX.lastIndex = w.end;
      const suffix = MODIFIER_SUFFIX.exec(text)?.[0];
      if (suffix && longerFrom[w.normEnd]! <= suffix.length) return { ...w, kind: 'attribute' as const };
      // After 带/含 (with), 送 (free with it) or 无 (without), a product word names a part, a gift or what is
      // left out (带麦克风, 送支架, 无钢圈) — unless the marker ends a word of its own (腰带|…).
      const marker = MODIFIER_PREFIX.exec(text.slice(Math.max(0, w.start - 2), w.start))?.[0];
      return marker && !endsAt[w.normStart] ? { ...w, kind: 'attribute' as const } : w;
    });
    // The class counts when its head is the product word: a category's product word after it (…治疗仪按摩枕,
    // 万能…) means the class word only describes the product. A product word inside the class word (药 of
    // 中成药) is the class word itself.
    // Learned words do not count here either (贴 of 10贴 is a unit as often as a product).
    // Nor does a class word that modifies a longer product word, learned ones too (图书 of 图书柜 is furniture);
    // one that ends it is its head (胶囊 of 痛风舒胶囊).
    const core = outsideBrands.filter((w) => w.refs.some((r) => r.kind === 'core'));
    const classIsHead = (c: { s: number; e: number }) =>
      !core.some((w) => (w.s >= c.e && w.refs.some((r) => r.kind === 'core' && !r.learned)) || (w.s <= c.s && c.e < w.e));
    const productClass = lastClass && classIsHead(lastClass) ? lastClass.productClass : undefined;
    return { original: text, norm, banned, words, brands, ...(productClass && { productClass }) };
  }
}

interface RawHit {
  entry: BannedEntry;
  term: string;
  /** What an exemption names: the term, or a gapped family as a whole. */
  key?: string;
  s: number;
  e: number;
}

/** A class whose claims need a licence (药品, 医疗器械) decides over one whose claims need proof (器材). */
const outranks = (a: ProductClass, b: ProductClass) => a.needs === 'licence' && b.needs === 'proof';

const ALNUM = /[a-z0-9]/i;
const LATIN = /[a-z]/i;
/** A pack quantity: a number of two digits or more (no leading zero) and its unit. */
const QUANTITY = /^[1-9]\d+(?:ml|mg|kg|g|l|毫升|克|升)/i;
const NOT_NEGATION = /[是除莫无]/u;
const MODIFIER_SUFFIX = new RegExp([...modifiersFile.suffixes].sort((a, b) => b.length - a.length).join('|'), 'uy');
const MODIFIER_PREFIX = new RegExp(`(?:${[...modifiersFile.prefixes].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
/** What comes before a measure word: a numeral, or the slash of 片/盒. */
const MEASURED = /^[0-9０-９一二两三四五六七八九十百千万几半每/／*×]$/;
/** A print's style code at the end of the text before a hit: one Latin letter and one to three digits, standing
 *  alone after a space or a mark (a code glued to a word, 10.1寸T99, is a model number). */
const STYLE_CODE = /(?:^|[\s\p{P}])[A-Za-z]\d{1,3}$/u;
/** What may stand in a family's gap: letters of a word, not a break. */
const GAP_WORD = /^[\p{Script=Han}a-z0-9]+$/iu;
const gapKey = (family: BannedFamily) => `family:${family.id}`;
/** Every word made of one word from each part, of any length. */
const halves = (parts: readonly (readonly string[])[]) => parts.reduce<string[]>((ws, part) => ws.flatMap((w) => part.map((p) => w + p)), ['']);

/**
 * A term that starts or ends with a Latin letter or digit matches only at a word edge of the
 * original text: NO.1 is not in No.12, best is not in bestseller, 第1 is not in 第10.
 */
function insideWord(text: string, norm: Normalised, s: number, e: number): boolean {
  const first = norm.text[s]!;
  const last = norm.text[e - 1]!;
  const before = text[norm.origStart[s]! - 1];
  const after = text[norm.origEnd[e - 1]!];
  const sameKind = (a: string, b: string | undefined) => b !== undefined && ALNUM.test(b) && /\d/.test(a) === /\d/.test(b);
  // A hyphen between Latin letters joins one token (t-best, x-men): a term is no word of it.
  const hyphened = (mark: string | undefined, at: number, own: string) => mark === '-' && LATIN.test(text[at] ?? '') && LATIN.test(own);
  if (hyphened(before, norm.origStart[s]! - 2, first) || hyphened(after, norm.origEnd[e - 1]! + 1, last)) return true;
  // A spec value glued to the pack's quantity (spf50|30ml) ends where the quantity's number begins.
  const quantity = /\d/.test(last) && LATIN.test(first) && QUANTITY.test(text.slice(norm.origEnd[e - 1]!));
  return (ALNUM.test(first) && sameKind(first, before)) || (ALNUM.test(last) && sameKind(last, after) && !quantity);
}

/** 非 right before a hit denies the claim (保湿非抗皱, 高清非抗蓝光); 是非, 除非, 莫非, 无非 are other words. 不 and 无 are
 *  not negations here: 不脱发, 不过敏, 无毒 are claims themselves (guarantees of safety or effect). */
function negated(text: string, norm: Normalised, s: number): boolean {
  const at = norm.origStart[s]!;
  return text[at - 1] === '非' && !NOT_NEGATION.test(text[at - 2] ?? '');
}

/** Spans [open, close) of 【…】 and 「…」 in the original text. */
function bracketRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/【[^【】]*】|「[^「」]*」/g)) ranges.push([m.index, m.index + m[0].length - 1]);
  return ranges;
}

/** Longest words first, left to right, no overlaps: 防晒衣 wins over 防晒 inside it. */
function segmentWords(
  text: string,
  norm: Normalised,
  raw: { refs: Extract<Ref, { type: 'word' }>[]; s: number; e: number }[],
): TitleWordHit[] {
  raw.sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s);
  const taken = new Uint8Array(norm.text.length);
  const hits: TitleWordHit[] = [];
  for (const { refs, s, e } of raw) {
    let free = true;
    for (let i = s; i < e; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, s, e);
    // One word can be core in one category and attribute in another; core > attribute > scene.
    const kind = refs.some((r) => r.kind === 'core') ? 'core' : refs.some((r) => r.kind === 'attribute') ? 'attribute' : 'scene';
    const span = toOriginalSpan(norm, s, e);
    hits.push({
      word: text.slice(span.start, span.end),
      kind,
      categories: [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.category))],
      ...span,
      normStart: s,
      normEnd: e,
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}

let shipped: WordBank | undefined;
const byUser = new Map<string, WordBank>();

/** The bank for the seller's words; compiled once per distinct set of words. */
export function wordBank(user?: Partial<UserWords>): WordBank {
  if (!user) return (shipped ??= new WordBank());
  const key = JSON.stringify(UserWords.parse(user));
  let bank = byUser.get(key);
  if (!bank) {
    if (byUser.size > 8) byUser.clear();
    bank = new WordBank(user);
    byUser.set(key, bank);
  }
  return bank;
}
