// The toolbar (page summary, "check this page", "check all pages", stop, errors-only filter) and the
// one findings card the badges share, in one shadow root mounted with createShadowRootUi. Plain DOM;
// page text (titles, messages) is only ever set as textContent.
import { i18n } from '#i18n';
import { scoreColor } from '@/components/theme';
import { editUrl } from '@/lib/sites/list-urls';
import type { AuditVerdict } from '@/lib/schemas/audit';
import type { Locale } from '@/lib/schemas/common';

export interface ToolbarActions {
  auditPage(): void;
  auditAll(): void;
  stop(): void;
  onlyErrors(on: boolean): void;
  /** The pointer left the card (it closes unless pinned). */
  leaveCard(): void;
  closeCard(): void;
}

export interface Toolbar {
  summary(rows: number, errors: number, warnings: number, pending: number): void;
  progress(text: string | undefined, walking: boolean): void;
  showCard(verdict: AuditVerdict, title: string, anchor: DOMRect): void;
  hideCard(): void;
  cardOpen(): boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function buildToolbar(container: HTMLElement, locale: Locale, actions: ToolbarActions): Toolbar {
  const status = el('span', { className: 'status' });
  status.dataset.testid = 'audit-summary';
  const auditPage = el('button', { type: 'button', textContent: i18n.t('list.auditPage'), onclick: actions.auditPage });
  auditPage.dataset.testid = 'audit-page';
  const auditAll = el('button', { type: 'button', className: 'primary', textContent: i18n.t('list.auditAll'), onclick: actions.auditAll });
  auditAll.dataset.testid = 'audit-all';
  const stop = el('button', { type: 'button', textContent: i18n.t('list.stop'), hidden: true, onclick: actions.stop });
  stop.dataset.testid = 'audit-stop';
  const filter = el('input', { type: 'checkbox', onchange: () => actions.onlyErrors(filter.checked) });
  filter.dataset.testid = 'audit-filter';
  const bar = el('div', { className: 'bar' }, el('span', { className: 'mark', textContent: i18n.t('list.brand') }), status, auditPage, auditAll, stop, el('label', {}, filter, i18n.t('list.onlyErrors')));
  bar.dataset.testid = 'audit-toolbar';
  bar.hidden = true;

  const card = el('div', { className: 'card', hidden: true, onmouseleave: actions.leaveCard });
  card.dataset.testid = 'audit-card';
  card.setAttribute('role', 'dialog');
  container.append(el('div', { className: 'sl' }, bar, card));
  let progress: string | undefined;
  let summary = '';

  return {
    summary(rows, errors, warnings, pending) {
      // Quiet until the list shows rows: a list page still loading gets no toolbar.
      bar.hidden = rows === 0;
      summary = pending ? i18n.t('list.pending') : i18n.t('list.summary', [rows, errors, warnings]);
      status.textContent = progress ?? summary;
    },
    progress(text, walking) {
      progress = text;
      status.textContent = text ?? summary;
      stop.hidden = !walking;
      auditPage.hidden = auditAll.hidden = walking;
    },
    showCard(verdict, title, anchor) {
      const score = el('strong', { textContent: String(verdict.score) });
      score.style.color = scoreColor(verdict.score);
      const head = el('div', { className: 'head' }, score, el('span', { textContent: i18n.t('list.score') }));
      if (verdict.previousScore !== undefined) head.append(el('span', { className: 'was', textContent: i18n.t('list.previous', [verdict.previousScore]) }));
      head.append(el('button', { type: 'button', className: 'x', textContent: '×', title: i18n.t('list.close'), onclick: actions.closeCard }));
      const list = verdict.findings.length
        ? el(
            'ul',
            {},
            ...verdict.findings.map((f) => {
              const item = el('li', { textContent: locale === 'zh' ? f.message : f.messageEn });
              item.dataset.ruleId = f.ruleId;
              item.dataset.severity = f.severity;
              return item;
            }),
          )
        : el('p', { className: 'clean', textContent: i18n.t('list.clean') });
      const link = el('a', { className: 'edit', href: editUrl(verdict.platform, verdict.id), target: '_blank', rel: 'noopener', textContent: i18n.t('list.edit') });
      link.dataset.testid = 'audit-edit';
      card.replaceChildren(head, el('div', { className: 'title', textContent: title }), list, link);
      card.dataset.listingId = verdict.id;
      card.hidden = false;
      // Below the badge, or above it when there is no room; kept inside the viewport.
      const height = Math.min(card.scrollHeight, 360);
      const top = anchor.bottom + 6 + height > innerHeight ? Math.max(8, anchor.top - 6 - height) : anchor.bottom + 6;
      card.style.top = `${top}px`;
      card.style.left = `${Math.max(8, Math.min(anchor.left, innerWidth - 330))}px`;
    },
    hideCard() {
      card.hidden = true;
    },
    cardOpen: () => !card.hidden,
  };
}
