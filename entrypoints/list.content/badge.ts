// One badge per row: a <shoplint-badge> host right after the row's title link, with an open shadow
// root. Plain DOM, no React: 500 of them must cost a few milliseconds. The host carries the test
// hooks (data-listing-id, data-level, data-score); the page's own elements are never changed.
import { i18n } from '#i18n';
import { scoreColor } from '@/components/theme';
import type { AuditVerdict } from '@/lib/schemas/audit';
import { badgeCss } from './style';

export const BADGE_TAG = 'shoplint-badge';

export type Level = 'error' | 'warn' | 'ok' | 'pending';

export const levelOf = (v: AuditVerdict): Level => (v.errors ? 'error' : v.warnings ? 'warn' : 'ok');

let shared: CSSStyleSheet | undefined | null;
/** One parsed stylesheet adopted by every badge; null where a content script cannot adopt one (Firefox). */
function sharedSheet(): CSSStyleSheet | null {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(badgeCss);
    } catch {
      shared = null;
    }
  }
  return shared;
}

export function createBadge(listingId: string): HTMLElement {
  const host = document.createElement(BADGE_TAG);
  host.dataset.listingId = listingId;
  const root = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet();
  try {
    if (!sheet) throw new Error('no constructable stylesheet');
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(Object.assign(document.createElement('style'), { textContent: badgeCss }));
  }
  const button = document.createElement('button');
  button.type = 'button';
  root.append(button);
  showPending(host);
  return host;
}

let pendingLabel: string | undefined;

export function showPending(host: HTMLElement): void {
  host.dataset.level = 'pending';
  delete host.dataset.score;
  const button = host.shadowRoot!.lastElementChild as HTMLButtonElement;
  button.replaceChildren(span('pending', `${i18n.t('list.brand')}…`));
  button.setAttribute('aria-label', (pendingLabel ??= i18n.t('list.pending')));
}

export function showVerdict(host: HTMLElement, verdict: AuditVerdict): void {
  host.dataset.level = levelOf(verdict);
  host.dataset.score = String(verdict.score);
  const button = host.shadowRoot!.lastElementChild as HTMLButtonElement;
  const score = span('s', String(verdict.score));
  score.style.color = scoreColor(verdict.score);
  const parts = [score];
  if (verdict.errors) parts.push(span('c e', i18n.t('list.errors', [verdict.errors])));
  if (verdict.warnings) parts.push(span('c w', i18n.t('list.warnings', [verdict.warnings])));
  if (!verdict.errors && !verdict.warnings) parts.push(span('ok', '✓'));
  button.replaceChildren(...parts);
  button.setAttribute('aria-label', i18n.t('list.badgeLabel', [verdict.score, verdict.errors, verdict.warnings]));
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}
