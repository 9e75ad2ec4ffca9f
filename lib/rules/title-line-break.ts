// Tabs, line breaks and other control characters in a title: the publish pages take one line, a title
// pasted from a spreadsheet or a 淘宝助理 export brings them along, and they read as nothing yet split the
// words buyers search (防晒\t衣 is not 防晒衣). The title box itself (maxlength 60, a single-line input on
// 淘宝 and 抖店, field/EVIDENCE.md) cannot hold them, so a file row that has one is not what will be published.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';

const CONTROL = /[\t\n\r\v\f\u0085\u2028\u2029\u0000-\u0008\u000e-\u001f\u007f]+/gu;
const NAMES: Record<string, string> = { '\t': '制表符', '\n': '换行', '\r': '回车' };

export default defineRule({
  meta: {
    id: 'title-line-break',
    input: 'title',
    severity: 'warn',
    description: { zh: '标题含制表符、换行等控制字符', en: 'Title holds tabs, line breaks or other control characters' },
    options: z.object({}),
    sources: { rule: '淘宝/抖店 发布页标题为单行输入框（field/EVIDENCE.md）；表格或导出文件里的换行、制表符会拆开搜索词' },
    messages: {
      control: { zh: '标题里有{name}，发布页是单行标题，会把词拆开：换成空格', en: 'The title holds a {nameEn}: the title is one line; use a space' },
    },
  },
  check(listing, _options, context) {
    for (const m of listing.title.matchAll(CONTROL)) {
      const first = m[0][0]!;
      context.report({
        messageId: 'control',
        data: { name: NAMES[first] ?? '控制字符', nameEn: first === '\t' ? 'tab' : /[\n\r\u2028\u2029\u0085]/u.test(first) ? 'line break' : 'control character' },
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        suggestions: [' '],
      });
    }
  },
});
