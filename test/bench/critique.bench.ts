// Bench: reading a product page and critiquing it (what the content script does on every re-run, and
// what `shoplint critique` does once), on the fixture pages and on a long description (300 blocks).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../lib/critique/extract';
import { extractWithReadability } from '../../lib/critique/extractors/readability';
import { critiquePage } from '../../lib/critique/index';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/detail/${name}`, import.meta.url), 'utf8');

function longPage(): string {
  const good = fixture('taobao-good.html');
  const blocks = Array.from({ length: 150 }, (_, i) => `<p>第 ${i + 1} 段：冰丝面料凉感透气，通勤户外都合适，洗后不起球不变形。</p><img data-src="https://img.alicdn.com/imgextra/i1/2200/O1CN01x${i}_!!2200.jpg">`).join('');
  return good.replace('<div id="content" class="descV8-container">', `<div id="content" class="descV8-container">${blocks}`);
}

/** Mean milliseconds per extract + critique, per page. */
export default function bench(iterations = 50): Record<string, number> {
  const pages: Record<string, [string, string]> = {
    'taobao-2023 (good)': [fixture('taobao-good.html'), 'https://item.taobao.com/item.htm?id=123'],
    'tmall (weak)': [fixture('tmall-bad.html'), 'https://detail.tmall.com/item.htm?id=456'],
    'taobao-legacy': [fixture('taobao-legacy.html'), 'https://item.taobao.com/item.htm?id=321'],
    douyin: [fixture('douyin.html'), 'https://haohuo.jinritemai.com/views/product/item2?id=789'],
    'readability fallback': [fixture('tmall-unknown-layout.html'), 'https://detail.tmall.com/item.htm?id=999'],
    'taobao-2023, 300-block description': [longPage(), 'https://item.taobao.com/item.htm?id=123'],
  };
  const out: Record<string, number> = {};
  for (const [name, [html, url]] of Object.entries(pages)) {
    const doc = parseHTML(html).document as unknown as Document;
    for (let i = 0; i < 5; i++) critiquePage(extractPage(doc, url, {}, extractWithReadability).model); // warm up
    const start = performance.now();
    for (let i = 0; i < iterations; i++) critiquePage(extractPage(doc, url, {}, extractWithReadability).model);
    out[name] = Math.round(((performance.now() - start) / iterations) * 100) / 100;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(bench());
