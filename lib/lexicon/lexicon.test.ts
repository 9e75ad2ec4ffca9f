// Shape tests for the shipped word lists: every property here is a promise the rules rely on
// (ids stable and unique, one entry per normalised term, exemptions that actually contain their term …).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BannedCategory, BannedEntry, BrandEntry, CategoryLexicon } from './schema';
import { bannedEntries, bannedFiles, brandEntries, categoryLexicons } from './index';
import { normaliseTerm } from '../text/normalise';

const here = __dirname;
const BannedFile = z.object({ category: BannedCategory, source: z.string().min(1), entries: z.array(BannedEntry) });
const BrandFile = z.object({ source: z.string().min(1), entries: z.array(BrandEntry) });

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const bannedDir = join(here, 'banned');
const categoriesDir = join(here, 'categories');
const bannedPaths = readdirSync(bannedDir).filter((f) => f.endsWith('.json')).sort();
const categoryPaths = readdirSync(categoriesDir).filter((f) => f.endsWith('.json')).sort();

const REQUIRED_BANNED = BannedCategory.options.filter((c) => c !== 'user');
// The seven lexicons written by hand first (brands are filed under them), then every other top-level
// category of 淘宝/天猫 and 抖店, and 'general': attribute and scene words of any product, and product
// words no one category owns.
const HAND_LEXICONS = ['apparel', 'home', 'beauty', 'food', 'digital', 'baby', 'sports'];
const REQUIRED_LEXICONS = [
  ...HAND_LEXICONS, 'shoes', 'bags', 'jewelry', 'toys', 'fresh', 'health', 'textile', 'furniture', 'building', 'tools',
  'kitchen', 'appliance', 'office', 'books', 'instruments', 'auto', 'pets', 'garden', 'services', 'general',
];
const MIN = { core: 60, attribute: 80, scene: 30, synonyms: 10 };
/** Lexicons added for the other categories: product words from data, fewer hand-picked attributes. */
const MIN_OTHER = { core: 40, attribute: 15, scene: 10, synonyms: 0 };

describe('banned word files', () => {
  it.each(bannedPaths)('%s parses with its schema and is named after its category', (file) => {
    const parsed = BannedFile.parse(readJson(join(bannedDir, file)));
    expect(`${parsed.category}.json`).toBe(file);
    expect(parsed.entries.length).toBeGreaterThan(0);
  });

  it('every file on disk is loaded by index.ts', () => {
    expect(bannedFiles.map((f) => `${f.category}.json`).sort()).toEqual(bannedPaths);
  });

  it('every BannedCategory except user has a file with entries', () => {
    for (const category of REQUIRED_BANNED) {
      const file = bannedFiles.find((f) => f.category === category);
      expect(file, category).toBeDefined();
      expect(file!.entries.length, category).toBeGreaterThan(0);
    }
    expect(bannedFiles.some((f) => f.category === 'user')).toBe(false);
  });

  it('ships at least 600 entries', () => {
    expect(bannedEntries.length).toBeGreaterThanOrEqual(600);
  });

  it("each entry's category equals its file's category", () => {
    for (const file of bannedFiles) {
      for (const entry of file.entries) expect(entry.category, entry.id).toBe(file.category);
    }
  });

  it('ids are unique across all files and prefixed with the category', () => {
    const seen = new Map<string, string>();
    for (const entry of bannedEntries) {
      expect(seen.get(entry.id), `duplicate id ${entry.id}`).toBeUndefined();
      seen.set(entry.id, entry.term);
      expect(entry.id.startsWith(`${entry.category}-`), entry.id).toBe(true);
    }
  });

  it('terms are unique across files after normalisation and never normalise to nothing', () => {
    const seen = new Map<string, string>();
    for (const entry of bannedEntries) {
      const key = normaliseTerm(entry.term);
      expect(key.length, entry.id).toBeGreaterThan(0);
      expect(seen.get(key), `${entry.id} duplicates ${seen.get(key)} (${key})`).toBeUndefined();
      seen.set(key, entry.id);
    }
  });

  it('no term is a lone character or a bare number (too broad to match)', () => {
    for (const entry of bannedEntries) {
      const key = normaliseTerm(entry.term);
      expect([...key].length, entry.id).toBeGreaterThan(1);
      expect(/^[0-9]+$/.test(key), `${entry.id} normalises to a bare number`).toBe(false);
    }
  });

  it('each exemption contains its term after normalisation and differs from it', () => {
    for (const entry of bannedEntries) {
      const term = normaliseTerm(entry.term);
      for (const exemption of entry.exemptions) {
        const ex = normaliseTerm(exemption);
        expect(ex.includes(term), `${entry.id}: exemption "${exemption}" does not contain "${entry.term}"`).toBe(true);
        expect(ex, `${entry.id}: exemption equals the term`).not.toBe(term);
      }
    }
  });

  it('replacements never contain a banned term', () => {
    const terms = bannedEntries.map((e) => ({ id: e.id, key: normaliseTerm(e.term) }));
    for (const entry of bannedEntries) {
      for (const replacement of entry.replacements) {
        const r = normaliseTerm(replacement);
        const hit = terms.find((t) => r.includes(t.key));
        expect(hit, `${entry.id}: replacement "${replacement}" contains banned ${hit?.id}`).toBeUndefined();
      }
    }
  });

  it('every entry cites a source and has no duplicate exemptions or replacements', () => {
    for (const entry of bannedEntries) {
      expect(entry.source.trim().length, entry.id).toBeGreaterThan(3);
      expect(new Set(entry.exemptions).size, entry.id).toBe(entry.exemptions.length);
      expect(new Set(entry.replacements).size, entry.id).toBe(entry.replacements.length);
    }
  });

  it('keeps the exemptions SAMR 2023 guidance allows for everyday phrases', () => {
    const exemptionsOf = (term: string) => {
      const entry = bannedEntries.find((e) => e.term === term);
      expect(entry, term).toBeDefined();
      return entry!.exemptions;
    };
    expect(exemptionsOf('第一')).toEqual(expect.arrayContaining(['第一时间', '第一次', '第一步']));
    expect(exemptionsOf('最新')).toEqual(expect.arrayContaining(['最新款', '最新版']));
    expect(exemptionsOf('最佳')).toEqual(expect.arrayContaining(['最佳食用期', '最佳赏味期']));
    expect(exemptionsOf('最大')).toEqual(expect.arrayContaining(['最大号', '最大码']));
    expect(exemptionsOf('最小')).toEqual(expect.arrayContaining(['最小号', '最小码']));
    expect(exemptionsOf('最后')).toEqual(expect.arrayContaining(['最后一天', '最后一件']));
    expect(exemptionsOf('百分百')).toEqual(expect.arrayContaining(['百分百纯棉', '百分百羊毛', '百分百桑蚕丝']));
    expect(exemptionsOf('顶级')).toContain('顶级域名');
    expect(bannedEntries.find((e) => e.term === '首发')?.severity).toBe('warn');
  });
});

describe('category lexicons', () => {
  const bannedKeys = new Set(bannedEntries.map((e) => normaliseTerm(e.term)));

  it.each(categoryPaths)('%s parses with its schema and is named after its id', (file) => {
    const parsed = CategoryLexicon.parse(readJson(join(categoriesDir, file)));
    expect(`${parsed.id}.json`).toBe(file);
  });

  it('every required category is loaded by index.ts', () => {
    expect(categoryLexicons.map((c) => c.id).sort()).toEqual([...REQUIRED_LEXICONS].sort());
    expect(categoryLexicons.map((c) => `${c.id}.json`).sort()).toEqual(categoryPaths);
  });

  describe.each(REQUIRED_LEXICONS)('%s', (id) => {
    const lexicon = () => categoryLexicons.find((c) => c.id === id)!;

    it('meets the minimum sizes', () => {
      const l = lexicon();
      const min = HAND_LEXICONS.includes(id) ? MIN : MIN_OTHER;
      expect(l.core.length).toBeGreaterThanOrEqual(min.core);
      expect(l.attribute.length).toBeGreaterThanOrEqual(min.attribute);
      expect(l.scene.length).toBeGreaterThanOrEqual(min.scene);
      expect(l.synonyms.length).toBeGreaterThanOrEqual(min.synonyms);
    });

    it('names a source for every group of derived product words', () => {
      for (const group of lexicon().products) {
        expect(group.source.length).toBeGreaterThan(10);
        expect(group.words.length).toBeGreaterThan(0);
        expect(new Set(group.words).size).toBe(group.words.length);
      }
    });

    it('has no empty or duplicate words within a kind', () => {
      const l = lexicon();
      for (const kind of ['core', 'attribute', 'scene'] as const) {
        const keys = l[kind].map(normaliseTerm);
        for (const [i, key] of keys.entries()) expect(key.length, `${kind} "${l[kind][i]}"`).toBeGreaterThan(0);
        expect(new Set(keys).size, `${id}.${kind} has duplicates`).toBe(keys.length);
      }
      for (const group of l.synonyms) {
        for (const word of group) expect(normaliseTerm(word).length, word).toBeGreaterThan(0);
        expect(new Set(group.map(normaliseTerm)).size, group.join('/')).toBe(group.length);
      }
    });

    it('contains no banned term', () => {
      const l = lexicon();
      const words = [...l.core, ...l.attribute, ...l.scene, ...l.synonyms.flat()];
      for (const word of words) expect(bannedKeys.has(normaliseTerm(word)), `${id}: "${word}" is a banned term`).toBe(false);
    });
  });
});

describe('brands', () => {
  const file = BrandFile.parse(readJson(join(here, 'brands.json')));

  it('has at least 150 brands with unique ids and names', () => {
    expect(file.entries.length).toBeGreaterThanOrEqual(150);
    expect(brandEntries.length).toBe(file.entries.length);
    expect(new Set(file.entries.map((b) => b.id)).size).toBe(file.entries.length);
    expect(new Set(file.entries.map((b) => normaliseTerm(b.name))).size).toBe(file.entries.length);
  });

  it('covers every product category', () => {
    for (const id of HAND_LEXICONS) {
      expect(file.entries.filter((b) => b.category === id).length, id).toBeGreaterThanOrEqual(10);
    }
    for (const brand of file.entries) expect(REQUIRED_LEXICONS, brand.id).toContain(brand.category);
  });

  it('names and aliases are not single characters and aliases do not repeat the name', () => {
    for (const brand of file.entries) {
      expect([...normaliseTerm(brand.name)].length, brand.id).toBeGreaterThan(1);
      for (const alias of brand.aliases) {
        expect([...normaliseTerm(alias)].length, `${brand.id}: ${alias}`).toBeGreaterThan(1);
        expect(normaliseTerm(alias), `${brand.id}: ${alias}`).not.toBe(normaliseTerm(brand.name));
      }
    }
  });
});
