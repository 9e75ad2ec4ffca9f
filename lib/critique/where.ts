// Where on a product page a finding is, as a key ('title', 'desc:3' …) and as words a seller reads.
import type { Localized } from '../schemas/common';
import type { PageModel } from '../schemas/page';

const NAMED: Record<string, Localized> = {
  title: { zh: '标题', en: 'the title' },
  mainImages: { zh: '主图', en: 'the main images' },
  specs: { zh: '参数表', en: 'the parameter table' },
  reviews: { zh: '评价区', en: 'the reviews' },
  qa: { zh: '问大家', en: 'the Q&A' },
  desc: { zh: '详情', en: 'the description' },
};

export function whereLabel(where: string): Localized {
  const block = /^desc:(\d+)$/.exec(where);
  if (block) return { zh: `详情第 ${Number(block[1]) + 1} 块`, en: `description block ${Number(block[1]) + 1}` };
  return NAMED[where] ?? { zh: where, en: where };
}

/** The texts of a page the way page rules read them: the title, then each description text block. */
export function pageTexts(page: PageModel): { where: string; text: string }[] {
  const texts = page.title ? [{ where: 'title', text: page.title }] : [];
  page.description.forEach((block, i) => block.kind === 'text' && texts.push({ where: `desc:${i}`, text: block.text }));
  return texts;
}
