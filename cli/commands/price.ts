// shoplint price: what the buyer pays for one listing with its promotions stacked, step by step, and
// the price rules' findings (CONTRACTS.md §1). The same lib/pricing the editor overlay's price panel uses.
import { FORMAT_OPTION, formatOf, numberOption, UsageError, type Command } from '../command';
import { runRules } from '../../lib/engine/run';
import { Platform, type Locale } from '../../lib/schemas/common';
import { Listing } from '../../lib/schemas/listing';
import { bestQuantity, unitsToReach, type PriceResult } from '../../lib/pricing/index';
import { decimalPlaces, formatYuan, MAX_QTY, MAX_YUAN, yuanToFen } from '../../lib/pricing/money';
import { EXAMPLES, parsePromos, PromoError, TIER_NAME, TIER_OF, type PromoKind } from '../../lib/pricing/promo';
import { stackPrice } from '../../lib/pricing/stack';
import { jsonFinding } from './lint';
import { failOnOf, FAIL_ON_OPTION, langOf, LANG_OPTION, renderFinding, severityMark } from '../render';

export const price: Command = {
  name: 'price',
  usage: `
Usage: shoplint price --price N [--promo TEXT]… [--compare-at N] [--cost N] [--industry-avg N] [--new]
                      [--qty N] [--platform taobao|tmall|douyin] [--format json|table]

Stacks the promotions on the price in the platform's order (单品折扣/立减 → 多件优惠 → 店铺满减 →
店铺券), each threshold checked on the running total, and checks the result against cost, 划线价 and
the industry average. Money is in 元.

Options:
  --price N            一口价 of one unit (required)
  --promo TEXT         a promotion as sellers write it (repeatable):
                       ${EXAMPLES}
  --qty N              units in the order (1)
  --cost N             成本价 per unit
  --compare-at N       划线价
  --industry-avg N     行业均价
  --new                a new listing (尝鲜价 rules)
  --platform P         taobao, tmall or douyin (taobao)
  --format json|table  output (table)
  --lang zh|en         message language (zh)
  --fail-on error|warn|never   exit 1 when findings at this level exist (error)
`,
  options: {
    price: { type: 'string' },
    promo: { type: 'string', multiple: true },
    qty: { type: 'string' },
    cost: { type: 'string' },
    'compare-at': { type: 'string' },
    'industry-avg': { type: 'string' },
    new: { type: 'boolean', default: false },
    platform: { type: 'string', default: 'taobao' },
    ...FORMAT_OPTION,
    ...LANG_OPTION,
    ...FAIL_ON_OPTION,
  },
  async run(values, _positionals, io) {
    const format = formatOf(values);
    const lang = langOf(values);
    const failOn = failOnOf(values);
    const platform = Platform.safeParse(values.platform);
    if (!platform.success) throw new UsageError(`--platform must be taobao, tmall or douyin, not "${String(values.platform)}"`);
    if (values.price === undefined) throw new UsageError('--price N is required (the 一口价 of one unit, in 元)');
    const unitPrice = money(values, 'price')!;
    const qty = numberOption(values, 'qty', { integer: true, min: 1 }) ?? 1;
    if (qty > MAX_QTY) throw new UsageError(`--qty "${String(values.qty).trim()}" is more than ${MAX_QTY} units`);
    const texts = (values.promo as string[] | undefined) ?? [];
    try {
      parsePromos(texts);
    } catch (error) {
      if (error instanceof PromoError) throw new UsageError(`--promo ${error.message}`);
      throw error;
    }
    const listing = Listing.parse({
      title: '',
      platform: platform.data,
      price: unitPrice,
      compareAt: money(values, 'compare-at'),
      cost: money(values, 'cost'),
      industryAvg: money(values, 'industry-avg'),
      isNew: values.new === true,
      promos: texts,
      qty,
    });
    const result = stackPrice({ unitPrice, qty, promos: texts });
    const findings = runRules('price', listing, { platform: platform.data });
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warn').length;

    if (format === 'json') {
      io.stdout(
        JSON.stringify({
          unitPrice: result.unitPrice,
          qty: result.qty,
          total: result.total,
          payable: result.payable,
          finalUnitPrice: result.finalUnitPrice,
          applied: result.applied.map((a) => ({ promo: a.promo, saving: a.saving })),
          skipped: result.skipped.map((s) => ({ promo: s.promo, reason: s.reason[lang] })),
          findings: findings.map((f) => jsonFinding(f, lang)),
        }) + '\n',
      );
    } else {
      const lines = explain(result, texts, lang);
      for (const f of findings) lines.push(`  ${severityMark(f.severity)} ${renderFinding(f, lang)}`);
      lines.push('', lang === 'zh' ? `${errors} 个错误，${warnings} 个警告` : `${errors} error(s), ${warnings} warning(s)`);
      io.stdout(lines.join('\n') + '\n');
    }
    return failOn === 'never' ? 0 : errors > 0 || (failOn === 'warn' && warnings > 0) ? 1 : 0;
  },
};


/** A money option: a positive number of 元 with at most two decimals (分), up to 1亿. */
function money(values: Record<string, unknown>, name: string): number | undefined {
  const n = numberOption(values, name);
  if (n === undefined) return undefined;
  if (n > MAX_YUAN) throw new UsageError(`--${name} "${String(values[name]).trim()}" is more than ${MAX_YUAN} 元`);
  if ((decimalPlaces(String(values[name]).trim().replace(/^\+/, '')) ?? 0) > 2)
    throw new UsageError(`--${name} "${String(values[name]).trim()}" has more than two decimals (money is in 元, to the 分)`);
  return n;
}

const KIND_NAME = (kind: string, lang: Locale) => TIER_NAME[TIER_OF[kind as PromoKind]][lang];

/** The steps in words: how the 一口价 became the 到手价, and what more units would do. */
function explain(result: PriceResult, texts: string[], lang: Locale): string[] {
  const zh = lang === 'zh';
  const unitFen = yuanToFen(result.unitPrice);
  const totalFen = yuanToFen(result.total);
  const payableFen = yuanToFen(result.payable);
  const lines = [
    zh
      ? `一口价 ${formatYuan(unitFen)}${result.qty > 1 ? ` × ${result.qty} 件 = ${formatYuan(totalFen)}` : ''}`
      : `List price ${formatYuan(unitFen)}${result.qty > 1 ? ` × ${result.qty} = ${formatYuan(totalFen)}` : ''}`,
  ];
  const width = Math.max(0, ...result.applied.map((a) => displayWidth(a.promo)));
  for (const [i, a] of result.applied.entries()) {
    const pad = ' '.repeat(width - displayWidth(a.promo));
    lines.push(
      zh
        ? `  ${i + 1}. ${a.promo}${pad}  ${KIND_NAME(a.kind, lang)}，省 ${formatYuan(yuanToFen(a.saving))} → ${formatYuan(yuanToFen(a.after))}`
        : `  ${i + 1}. ${a.promo}${pad}  ${KIND_NAME(a.kind, lang)}, saves ${formatYuan(yuanToFen(a.saving))} → ${formatYuan(yuanToFen(a.after))}`,
    );
  }
  for (const s of result.skipped) lines.push(zh ? `  ·  ${s.promo} 未用：${s.reason.zh}` : `  ·  ${s.promo} not used: ${s.reason.en}`);
  const saved = formatYuan(totalFen - payableFen);
  const final = formatYuan(yuanToFen(result.finalUnitPrice));
  lines.push(
    zh
      ? `到手价 ${formatYuan(payableFen)}${result.qty > 1 ? `（每件 ${final}）` : ''}，共省 ${saved}`
      : `Buyer pays ${formatYuan(payableFen)}${result.qty > 1 ? ` (${final} a unit)` : ''}, ${saved} off`,
  );
  if (texts.length) {
    for (const reach of unitsToReach({ unitPrice: result.unitPrice, qty: result.qty, promos: texts })) {
      if (!reach.at) continue;
      const at = formatYuan(yuanToFen(reach.at.finalUnitPrice));
      lines.push(
        zh
          ? `  凑单：再买 ${reach.addUnits} 件可用「${reach.promo}」，每件 ${at}（现在 ${final}）${reach.worthIt ? '，更划算' : '，并不更便宜'}`
          : `  Add ${reach.addUnits} unit(s) to use "${reach.promo}": ${at} a unit (now ${final})${reach.worthIt ? ', cheaper' : ', not cheaper'}`,
      );
    }
    const best = bestQuantity({ unitPrice: result.unitPrice, promos: texts, maxQty: Math.min(999, Math.max(10, result.qty)) });
    if (best.qty !== result.qty && yuanToFen(best.finalUnitPrice) < yuanToFen(result.finalUnitPrice))
      lines.push(
        zh
          ? `  最划算：买 ${best.qty} 件，每件 ${formatYuan(yuanToFen(best.finalUnitPrice))}`
          : `  Best value: ${best.qty} units at ${formatYuan(yuanToFen(best.finalUnitPrice))} each`,
      );
  }
  return lines;
}

/** Terminal columns: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}
