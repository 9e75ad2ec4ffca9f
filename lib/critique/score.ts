// The page score: 100 points over the parts an operator judges a detail page by, each page rule holding
// `meta.score.weight` points of one part (lib/engine/score.ts does the arithmetic for titles and pages).
// Load time is measured only in the browser: where it was not measured it is left out, not given away.
import type { PageScorePart } from '../engine/define-rule';
import { scoreFindings, type Score } from '../engine/score';
import type { Localized } from '../schemas/common';
import type { Finding } from '../schemas/finding';
import type { PageModel } from '../schemas/page';

export const PAGE_PART_LABELS: Record<PageScorePart, Localized> = {
  compliance: { zh: '合规', en: 'Compliance' },
  content: { zh: '内容', en: 'Content' },
  trust: { zh: '信任', en: 'Trust' },
  conversion: { zh: '转化', en: 'Conversion' },
  speed: { zh: '速度', en: 'Speed' },
};

export type PageScore = Score<PageScorePart>;

const NOT_MEASURED = new Set(['page-load-time']);

export function scorePage(page: PageModel, findings: readonly Finding[]): PageScore {
  return scoreFindings('page', PAGE_PART_LABELS, findings, page.loadMs === undefined ? NOT_MEASURED : undefined);
}
