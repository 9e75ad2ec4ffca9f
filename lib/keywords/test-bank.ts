// A compiled bank from a few keywords, for table tests of the keyword rules and functions.
import { compileKeywordBank, type CompiledKeywordBank } from './compile';
import type { Keyword } from './schema';

export function testBank(keywords: Keyword[], category = 'apparel'): CompiledKeywordBank {
  return compileKeywordBank({ category, dataDate: '2026-05-01', importedAt: '2026-05-02T08:00:00.000Z', source: 'list', keywords });
}
