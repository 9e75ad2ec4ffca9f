// The vocabularies the product-page critique reads text with — 痛点/利益点, scene-image captions and
// file names, closing calls to action — as data files with their source (lib/lexicon/page/*.json).
// A PhraseSet matches them after the same normalisation as the banned words (width, 繁体, separators).
import { z } from 'zod';
import { AhoCorasick } from '../matcher/aho-corasick';
import { normalise, normaliseTerm } from '../text/normalise';
import sellingPoints from './page/selling-points.json';
import sceneImages from './page/scene-images.json';
import cta from './page/cta.json';

export const PageVocabularyFile = z.object({
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  source: z.string().min(1),
  groups: z.record(z.string(), z.array(z.string().min(1)).min(1)),
});
export type PageVocabularyFile = z.infer<typeof PageVocabularyFile>;

export const pageVocabularyFiles = [sellingPoints, sceneImages, cta].map((file) => PageVocabularyFile.parse(file));

/** A set of phrases, found anywhere in a text after normalisation. */
export class PhraseSet {
  private readonly matcher: AhoCorasick;
  private readonly phrases: string[];

  constructor(phrases: readonly string[]) {
    this.phrases = [...new Set(phrases.map((p) => normaliseTerm(p)).filter(Boolean))];
    this.matcher = new AhoCorasick(this.phrases);
  }

  /** The first phrase found in `text` (normalised form), or undefined. */
  find(text: string): string | undefined {
    let found: string | undefined;
    if (text) this.matcher.search(normalise(text).text, (pattern) => void (found ??= this.phrases[pattern]));
    return found;
  }
}

const group = (id: string, name: string) => pageVocabularyFiles.find((f) => f.id === id)!.groups[name]!;

export const painBenefitWords = { pain: group('selling-points', 'pain'), benefit: group('selling-points', 'benefit') };
export const sellingPointPhrases = new PhraseSet([...painBenefitWords.pain, ...painBenefitWords.benefit]);
export const sceneWords = group('scene-images', 'words');
export const scenePhrases = new PhraseSet(sceneWords);
/** Whole tokens of an image file name (split on anything not a letter or digit), lower case. */
export const sceneFileTokens: ReadonlySet<string> = new Set(group('scene-images', 'fileTokens'));
export const ctaWords = group('cta', 'words');
export const ctaPhrases = new PhraseSet(ctaWords);
export const PAGE_VOCABULARY_SOURCES = Object.fromEntries(pageVocabularyFiles.map((f) => [f.id, f.source])) as Record<string, string>;
