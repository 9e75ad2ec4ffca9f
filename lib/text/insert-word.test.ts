import { describe, expect, it } from 'vitest';
import { insertWord } from './insert-word';

describe('insertWord', () => {
  it.each([
    ['防晒衣女', '冰丝', undefined, '防晒衣女冰丝', 6],
    ['UPF50', 'SPF', undefined, 'UPF50 SPF', 9],
    ['防晒衣', 'UPF50', undefined, '防晒衣UPF50', 8],
    ['防晒衣女', '冰丝', 3, '防晒衣冰丝女', 5],
    ['UPF50防晒衣', 'SPF', 5, 'UPF50 SPF防晒衣', 9],
    ['防晒衣UPF50', 'ABC', 3, '防晒衣ABC UPF50', 6],
    ['', '防晒衣', 0, '防晒衣', 3],
    ['防晒', '衣', 99, '防晒衣', 3],
  ])('%s + %s at %s → %s', (text, word, at, value, caret) => {
    expect(insertWord(text, word, at)).toEqual({ value, caret });
  });
});
