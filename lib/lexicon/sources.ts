// The one table of laws, rules and standards the word lists may cite, with the articles each may cite.
// lexicon.test.ts checks every entry's source against it, so a wrong article (the 2023 guideline has no
// 第八、九条 exemptions; 广告法 第十六条 governs only 医疗、药品、医疗器械 ads) cannot come back.
// Checked against: 《中华人民共和国广告法》(2021 修正); 市场监管总局《广告绝对化用语执法指南》(2023-02-25,
// 第五条 claims not about the goods, 第六条 the exemptions, 第七条 an exemption still needs proof; draft text at
// https://www.kuadu.com/news/article-1678.html); 《反不正当竞争法》(2025-06-27 修订, 2025-10-15 施行: 第九条
// 虚假宣传, 第十一条 有奖销售 — http://www.xydpcl.com/article/detail/849, read 2026-12-02); 《化妆品监督管理条例》
// 第二十二条 功效宣称应当有充分的科学依据 (http://m.hongze666.com/news_view_99_257.html, read 2026-12-03); 《消毒管理办法》
// 第三十一条第二款 消毒产品的标签和宣传内容必须真实 (http://blog.lgjyuntun.com/article/3982408.shtml, read 2026-12-04);
// 婴幼儿配方乳粉产品配方注册管理办法: 标签不得明示或者暗示功能性表述 (http://macsoso.com/Health/2019/182346.html, read 2026-12-04).

/** Document name as cited → the article numbers (Chinese numerals) it may be cited with. */
export const SOURCE_ARTICLES: Record<string, readonly string[]> = {
  广告法: ['九', '十一', '十二', '十三', '十六', '十七', '十八', '二十四', '二十五', '二十八', '四十六'],
  广告绝对化用语执法指南: ['五', '六', '七', '十一'],
  反不正当竞争法: ['九', '十一'],
  商标法: ['十四', '五十七'],
  化妆品监督管理条例: ['十六', '二十二', '四十三'],
  食品安全法: ['七十一', '七十三'],
  明码标价和禁止价格欺诈规定: ['十三', '十九'],
  网络交易监督管理办法: ['十四'],
  奥林匹克标志保护条例: ['四'],
  出版管理条例: ['二十五', '二十六'],
  医疗器械监督管理条例: ['六十'],
  药品管理法: ['九十'],
  消毒管理办法: ['三十一'],
};

/** Sources cited without articles: standards, official replies, platform rules. */
export const SOURCE_NO_ARTICLES = ['GB 6675', 'GB 7718-2011', 'GB/T 19630', 'GB/T 23885', 'GB/T 16552', '医疗器械分类目录', '工商广字〔1997〕第207号', 'GB 17988', '婴幼儿配方乳粉产品配方注册管理办法', '平台规则', '淘宝'];

const ARTICLE = /第([一二三四五六七八九十百]+(?:、[一二三四五六七八九十百]+)*)条/g;

/** Why `source` cites an article its document does not have, or a document not in the table; undefined when fine. */
export function sourceProblem(source: string): string | undefined {
  const names = Object.keys(SOURCE_ARTICLES);
  // Walk the text: each article number belongs to the document named last before it.
  const events: { at: number; doc?: string; articles?: string[] }[] = [];
  for (const name of names) for (let at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) events.push({ at, doc: name });
  for (const m of source.matchAll(ARTICLE)) events.push({ at: m.index, articles: m[1]!.split('、') });
  events.sort((a, b) => a.at - b.at);
  let doc: string | undefined;
  for (const event of events) {
    if (event.doc) doc = event.doc;
    else if (!doc) return `article 第${event.articles!.join('、')}条 before any document`;
    else for (const n of event.articles!) if (!SOURCE_ARTICLES[doc]!.includes(n)) return `${doc} has no 第${n}条 to cite here`;
  }
  if (source.includes('GB 7718-2025') && !(source.includes('GB 7718-2011') && source.includes('2027-03-16'))) return 'GB 7718-2025 takes effect on 2027-03-16: cite GB 7718-2011 until then';
  if (source.includes('反不正当竞争法') && !source.includes('2025年修订')) return '反不正当竞争法 must be cited as revised in 2025';
  if (!events.some((e) => e.doc) && !SOURCE_NO_ARTICLES.some((s) => source.includes(s))) return 'names no document of the table';
  return undefined;
}
