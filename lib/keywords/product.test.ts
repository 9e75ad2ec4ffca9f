import { describe, expect, it } from 'vitest';
import { wordBank } from '../lexicon/bank';
import { productWords } from './product';
import { testBank } from './test-bank';
import { keywordScore, suggestFill } from './fill';

const scans = (terms: string[]) => terms.map((t) => wordBank().scan(t));

describe("a bank's own product words", () => {
  it.each([
    ['a category the lexicons do not know', ['浴缸', '小浴缸', '浴缸家用', '亚克力浴缸', '蒸汽房', '蒸汽房成人', '独立式浴缸'], ['浴缸', '蒸汽房']],
    ['two products of one category, the commoner first', ['头冠', '王冠', '头冠女', '王冠头冠结婚', '新娘头冠', '头冠发饰'], ['头冠', '王冠']],
    ['a product word with a modifier is not another product', ['浴缸', '小浴缸', '小浴缸家用', '浴缸成人'], ['浴缸']],
    ['terms that share no word', ['哈哈哈', '嘿嘿'], []],
    // The lexicons know 防晒衣: its terms are not read for product words.
    ['a category the lexicons know', ['防晒衣', '冰丝防晒衣', '防晒衣女'], []],
    ['a word in fewer than two terms', ['浴缸', '泡澡桶', '蒸汽房', '桑拿房'], []],
  ])('%s', (_, terms, want) => expect(productWords(scans(terms))).toEqual(want));

  it('anchors the terms that hold them: a title with the word is scored, and the fill never adds another product', () => {
    const bank = testBank(['浴缸', '小浴缸', '浴缸家用', '亚克力浴缸', '泡澡桶', '泡澡桶成人'].map((term, i) => ({ term, popularity: 600 - 100 * i })), '浴缸');
    expect(keywordScore('亚克力浴缸', bank).score).not.toBeNull();
    expect(suggestFill('亚克力浴缸', bank).terms).not.toContain('泡澡桶');
    expect(suggestFill('亚克力浴缸', bank).terms).toContain('家用');
    // A title of neither product: nothing of the bank counts.
    expect(keywordScore('电热水器', bank).score).toBeNull();
  });
});
