// Platform block and verification pages (淘宝/天猫 x5sec slider, RGV587 "访问被拒绝", punish pages;
// 抖音 captcha). Critiquing one would only report that a product page is missing everything.

export type BlockKind = 'punish' | 'slider' | 'rgv587' | 'captcha';

const PUNISH_URL = /_____tmd_____|\/punish|[?&](x5secdata|x5step|x5sec)=/i;
const SLIDER = '#nc_1_wrapper, #nc_1_n1z, .nc-container, #baxia-punish, .baxia-dialog, #J_Punish';
const CAPTCHA = '#captcha_container, #captcha-verify-image, .captcha_verify_container, .secsdk-captcha-drag-icon';
const BLOCK_TEXT = /RGV587_ERROR|亲[，,]\s*访问被拒绝|请拖动下方滑块完成验证|请完成下列验证后继续|验证码中间页/;

/**
 * Why `doc` is a block page rather than the product, or undefined. Real product pages load the same
 * anti-bot scripts, so page furniture only counts when the product itself (`hasProduct`) is absent.
 */
export function blockedKind(doc: Document, url: string, hasProduct: boolean): BlockKind | undefined {
  if (PUNISH_URL.test(url)) return 'punish';
  if (hasProduct) return undefined;
  if (doc.querySelector(CAPTCHA)) return 'captcha';
  if (doc.querySelector(SLIDER)) return 'slider';
  const title = doc.querySelector('title')?.textContent ?? '';
  const body = doc.body?.textContent ?? '';
  if (BLOCK_TEXT.test(title) || BLOCK_TEXT.test(body.slice(0, 5000))) return /RGV587/.test(body + title) ? 'rgv587' : 'slider';
  return undefined;
}
