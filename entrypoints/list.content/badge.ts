// One badge per row: a <shoplint-badge> host right after the row's title link, with a closed shadow
// root (components/shadow-mode.ts) that adopts one shared stylesheet. Plain DOM, no React: 500 of them must cost a few
// milliseconds. The host carries the test hooks (data-listing-id, data-level, data-score); the page's
// own elements are never changed.
import { i18n } from '#i18n';
import { scoreColor } from '@/components/theme';
import type { AuditVerdict } from '@/lib/schemas/audit';
import { SHADOW_MODE } from '@/components/shadow-mode';
import { badgeCss } from './style';

export const BADGE_TAG = 'shoplint-badge';

export type Level = 'error' | 'warn' | 'ok' | 'pending';

export const levelOf = (v: Pick<AuditVerdict, 'errors' | 'warnings'>): Level => (v.errors ? 'error' : v.warnings ? 'warn' : 'ok');

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

/**
 * The same few labels on hundreds of badges: each is asked of browser.i18n once (a call into the
 * browser per label per badge was a good part of a badge's cost).
 */
function memo<A extends unknown[]>(make: (...args: A) => string): (...args: A) => string {
  const known = new Map<string, string>();
  return (...args) => {
    const key = args.join();
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = make(...args)));
    return text;
  };
}
const label = {
  pending: memo(() => `${i18n.t('list.brand')}…`),
  pendingAria: memo(() => i18n.t('list.pending')),
  errors: memo((n: number) => i18n.t('list.errors', [n])),
  warnings: memo((n: number) => i18n.t('list.warnings', [n])),
  aria: memo((score: number, errors: number, warnings: number) => i18n.t('list.badgeLabel', [score, errors, warnings])),
};

/** Each badge's root: closed, so the page's `host.shadowRoot` is null and only we hold it. */
const roots = new WeakMap<HTMLElement, ShadowRoot>();

/** An empty badge: `showPending` or `showVerdict` fills it. */
export function createBadge(): HTMLElement {
  const host = document.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  roots.set(host, root);
  const sheet = sharedSheet();
  try {
    if (!sheet) throw new Error('no constructable stylesheet');
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(Object.assign(document.createElement('style'), { textContent: badgeCss }));
  }
  return host;
}

/**
 * A badge's button is one of few shapes (pending, or a score with two counts): each shape is built
 * once and cloned, one call into the DOM per badge instead of a dozen.
 */
const faces = new Map<string, HTMLButtonElement>();
function face(key: string, aria: () => string, build: () => Node[]): Node {
  let made = faces.get(key);
  if (!made) {
    made = document.createElement('button');
    made.type = 'button';
    made.setAttribute('aria-label', aria());
    made.append(...build());
    faces.set(key, made);
  }
  return made.cloneNode(true);
}

function show(host: HTMLElement, button: Node): void {
  const root = roots.get(host)!;
  const old = root.lastElementChild;
  if (old?.localName === 'button') old.replaceWith(button);
  else root.append(button);
}

export function showPending(host: HTMLElement, listingId: string): void {
  host.dataset.listingId = listingId;
  host.dataset.level = 'pending';
  delete host.dataset.score;
  show(host, face('pending', label.pendingAria, () => [span('pending', label.pending())]));
}

export function showVerdict(host: HTMLElement, listingId: string, verdict: Pick<AuditVerdict, 'score' | 'errors' | 'warnings'>): void {
  const { score, errors, warnings } = verdict;
  host.dataset.listingId = listingId;
  host.dataset.level = levelOf(verdict);
  host.dataset.score = String(score);
  show(
    host,
    face(
      `${score},${errors},${warnings}`,
      () => label.aria(score, errors, warnings),
      () => {
        const number = span('s', String(score));
        number.style.color = scoreColor(score);
        const parts = [number];
        if (errors) parts.push(span('c e', label.errors(errors)));
        if (warnings) parts.push(span('c w', label.warnings(warnings)));
        if (!errors && !warnings) parts.push(span('ok', '✓'));
        return parts;
      },
    ),
  );
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}
