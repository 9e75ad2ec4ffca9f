// rules/: one rule per file, id = file name, table test beside it. This is the registry, sorted by id;
// lib/rules/conventions.test.ts checks that every file is here and follows the conventions.
import bannedWord from './banned-word';
import brandMisuse from './brand-misuse';
import titleKeywordCoverage from './title-keyword-coverage';
import titleKeywordOrder from './title-keyword-order';
import titleLength from './title-length';
import titleLowValueWords from './title-low-value-words';
import titleMissingAttribute from './title-missing-attribute';
import titleMissingCoreWord from './title-missing-core-word';
import titleMissingScene from './title-missing-scene';
import titleRepeatedWord from './title-repeated-word';
import titleSymbols from './title-symbols';

export const rules = [
  bannedWord,
  brandMisuse,
  titleKeywordCoverage,
  titleKeywordOrder,
  titleLength,
  titleLowValueWords,
  titleMissingAttribute,
  titleMissingCoreWord,
  titleMissingScene,
  titleRepeatedWord,
  titleSymbols,
] as const;
