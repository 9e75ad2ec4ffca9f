// shoplint critique: a saved product detail page through the same extractor and page rules the
// extension runs on the live page (linkedom stands in for the browser's Document).
import { FORMAT_OPTION, formatOf, UsageError, type Command } from '../command';
import { readHtml } from '../html';
import { InputError } from '../../lib/tables/errors';
import { productPagePlatform } from '../../lib/critique/url';
import { extractPage } from '../../lib/critique/extract';
import { extractWithReadability } from '../../lib/critique/extractors/readability';
import { PAGE_LIMITS } from '../../lib/critique/limits';
import { critiquePage } from '../../lib/critique/index';
import { whereLabel } from '../../lib/critique/where';
import { failOnOf, FAIL_ON_OPTION, langOf, LANG_OPTION, severityMark } from '../render';

const BLOCKED_REASON: Record<string, string> = {
  punish: 'a platform punish/verification page',
  slider: 'a slider verification page (滑块验证)',
  rgv587: 'an access-denied page (RGV587)',
  captcha: 'a captcha page (验证码)',
};

export const critique: Command = {
  name: 'critique',
  usage: `
Usage: shoplint critique FILE.html --url URL [--format json|table]

Critiques a saved product detail page as if it were open at URL: main images, parameter table, reviews,
the description's first screen, scene images and closing call to action, 广告法 words. The platform comes
from URL (https://item.taobao.com/item.htm?id=…, https://detail.tmall.com/item.htm?id=…,
https://haohuo.jinritemai.com/views/product/…?id=…). Load time is measured only in the browser.

Options:
  --url URL            where the page was saved from (required)
  --format json|table  output (table)
  --lang zh|en         message language (zh)
  --fail-on error|warn|never   exit 1 when findings at this level exist (error)
`,
  options: { url: { type: 'string' }, ...FORMAT_OPTION, ...LANG_OPTION, ...FAIL_ON_OPTION },
  async run(values, files, io) {
    const format = formatOf(values);
    const lang = langOf(values);
    const failOn = failOnOf(values);
    if (files.length !== 1) throw new UsageError('give exactly one FILE.html');
    const url = values.url;
    if (typeof url !== 'string') throw new UsageError('--url URL is required (the address the page was saved from)');
    const platform = productPagePlatform(url);
    if (!platform) throw new UsageError(`--url "${url}" is not a Taobao, Tmall or 抖音商城 product page`);
    const file = files[0]!;
    const { model } = extractPage(await readHtml(io, file), url, {}, extractWithReadability);
    if (model.blocked) throw new InputError(`is ${BLOCKED_REASON[model.blocked] ?? 'a block page'}, not the product: pass the check in the browser and save the page again`, { file });
    if (model.trimmed) io.stderr(`shoplint critique: ${file}: larger than a product page can be (over ${PAGE_LIMITS.text.toLocaleString('en')} characters of text or ${PAGE_LIMITS.blocks.toLocaleString('en')} blocks); judged its first part\n`);
    const result = critiquePage(model)!;
    if (!model.title && model.mainImages.length === 0 && model.description.length === 0) throw new InputError('no product found on the page', { file });

    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.filter((f) => f.severity === 'warn').length;
    if (format === 'json') {
      io.stdout(
        JSON.stringify({
          url,
          platform,
          title: model.title,
          score: result.score,
          layout: model.layout,
          ...(model.trimmed && { trimmed: true }),
          breakdown: result.breakdown.parts.map((p) => ({ part: p.part, points: p.points, max: p.max })),
          findings: result.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            message: lang === 'zh' ? f.message : f.messageEn,
            ...(f.where !== undefined && { where: f.where }),
            ...(f.start !== undefined && { start: f.start, end: f.end }),
            ...(f.text !== undefined && { text: f.text }),
            ...(f.suggestions?.length && { suggestions: f.suggestions }),
          })),
        }) + '\n',
      );
    } else {
      io.stdout(`\n${model.title}\n  ${platform} · ${model.layout} · ${url}\n`);
      io.stdout(`  ${lang === 'zh' ? '得分' : 'score'} ${result.score}/100  (${result.breakdown.parts.map((p) => `${p.label[lang]} ${p.points}/${p.max}`).join(' · ')})\n`);
      for (const f of result.findings) io.stdout(`  ${severityMark(f.severity)} ${lang === 'zh' ? f.message : f.messageEn}  (${f.ruleId}${f.where ? ` @ ${whereLabel(f.where)[lang]}` : ''})\n`);
      io.stdout(`\n${result.findings.length} finding(s), ${errors} error(s), ${warnings} warning(s)\n`);
    }
    return failOn === 'never' ? 0 : errors > 0 || (failOn === 'warn' && warnings > 0) ? 1 : 0;
  },
};
