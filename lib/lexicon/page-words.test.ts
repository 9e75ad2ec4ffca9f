import { describe, expect, it } from 'vitest';
import { pageVocabularyFiles, PhraseSet, sceneFileTokens } from './page-words';
import { normalise } from '../text/normalise';

describe('page vocabularies', () => {
  it.each(pageVocabularyFiles.map((f) => [f.id, f] as const))('%s: a source, no empty or duplicate words', (_, file) => {
    expect(file.source.length).toBeGreaterThan(10);
    for (const words of Object.values(file.groups)) {
      const norm = words.map((w) => normalise(w).text);
      expect(norm.every(Boolean)).toBe(true);
      expect(new Set(norm).size).toBe(norm.length);
    }
  });
  it('file-name tokens are lower-case ASCII words (they are compared with split file names)', () => {
    for (const token of sceneFileTokens) expect(token).toMatch(/^[a-z0-9]+$/);
  });
  it('PhraseSet finds a phrase after normalisation', () => {
    const set = new PhraseSet(['加入购物车', '关注']);
    expect(set.find('喜欢就 加入 购物车 吧')).toBe('加入购物车');
    expect(set.find('歡迎關注')).toBe('关注');
    expect(set.find('洗护说明')).toBeUndefined();
  });
});
