// The critique UI: a small score badge (fixed, bottom-right, lifted above the buy buttons when they are
// under it) that opens the checklist. Choosing a finding scrolls the page to the part it is about and
// outlines it — drawn in our own shadow root, the page's DOM is not touched. Page text is only ever
// rendered as React text.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Extraction } from '@/lib/critique/extract';
import { READABILITY_LAYOUT } from '@/lib/critique/site';
import type { PageCheck } from '@/lib/schemas/messages';
import type { Finding } from '@/lib/schemas/finding';
import type { Locale } from '@/lib/schemas/common';
import { FindingItem } from '@/components/FindingItem';
import { scoreColor, theme } from '@/components/theme';
import type { Store } from './store';

export interface PanelState {
  extraction: Extraction | undefined;
  /** The engine's answer; undefined while it is asked, and for a block page. */
  critique: PageCheck | undefined;
}

const EDGE = 16;
const BADGE_HEIGHT = 36;

/** The element a finding is about: its own place, else the section it belongs to, else the description. */
export function anchorFor(extraction: Extraction, where: string | undefined): Element | undefined {
  const keys = where ? [where, where.split(':')[0]!, 'desc', 'title'] : ['title'];
  for (const key of keys) {
    const el = extraction.anchors.get(key);
    if (el?.isConnected) return el;
  }
  return undefined;
}

export function CritiquePanel({ store, locale, ctx }: { store: Store<PanelState>; locale: Locale; ctx: ContentScriptContext }) {
  const { extraction, critique } = useSyncExternalStore(store.subscribe, store.get);
  const [open, setOpen] = useState(false);
  const [bottom, setBottom] = useState(EDGE + 8);
  const [target, setTarget] = useState<Element | undefined>();
  const [highlight, setHighlight] = useState<DOMRect | undefined>();
  const badge = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Lift the badge above the buy buttons (or a fixed buy bar) whenever they would be under it.
  const place = useCallback(() => {
    const buy = extraction?.anchors.get('buy');
    const rect = buy?.isConnected ? buy.getBoundingClientRect() : undefined;
    const badgeTop = innerHeight - EDGE - 8 - BADGE_HEIGHT;
    const overlaps = rect && rect.height > 0 && rect.bottom > badgeTop && rect.top < innerHeight && rect.right > innerWidth - 200;
    setBottom(overlaps ? Math.max(EDGE + 8, innerHeight - rect.top + 8) : EDGE + 8);
  }, [extraction]);
  useLayoutEffect(place, [place]);
  useEffect(() => {
    let queued = false;
    const onChange = () => {
      if (queued) return;
      queued = true;
      ctx.requestAnimationFrame(() => {
        queued = false;
        place();
      });
    };
    const controller = new AbortController();
    addEventListener('scroll', onChange, { passive: true, signal: controller.signal });
    addEventListener('resize', onChange, { passive: true, signal: controller.signal });
    ctx.onInvalidated(() => controller.abort());
    return () => controller.abort();
  }, [ctx, place]);

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  // Outline the target for two seconds, following it while the smooth scroll moves it.
  useEffect(() => {
    if (!target) return;
    let live = true;
    const follow = () => {
      if (!live) return;
      setHighlight(target.getBoundingClientRect());
      ctx.requestAnimationFrame(follow);
    };
    follow();
    const timer = ctx.setTimeout(() => setTarget(undefined), 2000);
    return () => {
      live = false;
      clearTimeout(timer);
      setHighlight(undefined);
    };
  }, [ctx, target]);

  const select = useCallback(
    (finding: Finding) => {
      if (!extraction) return;
      const el = anchorFor(extraction, finding.where);
      if (!el) return;
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      // Near the top (below the page's sticky tabs), so the open panel at the bottom does not hide it.
      const top = el.getBoundingClientRect().top + scrollY - Math.min(120, innerHeight * 0.15);
      scrollTo({ top: Math.max(0, top), behavior: reduce ? 'auto' : 'smooth' });
      setTarget(el);
    },
    [ctx, extraction],
  );

  const close = () => {
    setOpen(false);
    badge.current?.focus();
  };

  const blocked = extraction?.model.blocked;
  const score = critique?.score;
  const color = score === undefined ? theme.muted : scoreColor(score);
  const descPending = extraction && !blocked && extraction.model.description.length === 0;

  return (
    <div style={{ font: `13px/1.5 ${theme.font}`, color: theme.text }}>
      {highlight && (
        <div
          aria-hidden
          style={{
            position: 'fixed',
            left: highlight.left - 4,
            top: highlight.top - 4,
            width: highlight.width + 8,
            height: highlight.height + 8,
            border: `2px solid ${theme.accent}`,
            borderRadius: 6,
            boxShadow: '0 0 0 4px rgba(255, 80, 0, 0.18)',
            pointerEvents: 'none',
            zIndex: 2147483646,
          }}
        />
      )}
      <section
        role="dialog"
        aria-label={i18n.t('critique.title')}
        hidden={!open}
        onKeyDown={(e) => e.key === 'Escape' && close()}
        style={{
          position: 'fixed',
          right: EDGE,
          bottom: bottom + BADGE_HEIGHT + 8,
          width: 360,
          maxHeight: `min(560px, calc(100vh - ${bottom + BADGE_HEIGHT + 32}px))`,
          overflow: 'auto',
          background: theme.surface,
          border: `1px solid ${theme.border}`,
          borderRadius: theme.radius,
          boxShadow: theme.shadow,
          padding: 12,
          zIndex: 2147483647,
          boxSizing: 'border-box',
        }}
      >
        <header style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8 }}>
          <h2 ref={heading} tabIndex={-1} style={{ fontSize: 15, margin: 0, flex: 1, outline: 'none' }}>
            {i18n.t('critique.title')}
          </h2>
          {score !== undefined && <span style={{ fontSize: 22, fontWeight: 700, color }}>{score}</span>}
          <button type="button" onClick={close} aria-label={i18n.t('critique.close')} style={{ font: 'inherit', border: 0, background: 'none', cursor: 'pointer', color: theme.muted, fontSize: 18, lineHeight: 1 }}>
            ×
          </button>
        </header>
        {blocked ? (
          <p style={{ margin: 0, color: theme.muted }}>{i18n.t('critique.blocked')}</p>
        ) : critique ? (
          <>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginBottom: 8 }}>
              {critique.breakdown.parts.map((p) => (
                <span key={p.part} data-part={p.part} style={{ fontSize: 12, background: theme.subtle, borderRadius: 4, padding: '1px 6px', color: p.points < p.max ? theme.text : theme.muted }}>
                  {p.label[locale]} {p.points}/{p.max}
                </span>
              ))}
            </div>
            <p style={{ margin: '0 0 8px', fontSize: 12, color: theme.muted }}>
              {extraction!.model.loadMs !== undefined ? i18n.t('critique.loadTime', [(extraction!.model.loadMs / 1000).toFixed(1)]) : i18n.t('critique.notMeasured')}
              {critique.findings.length > 0 && ` · ${i18n.t('critique.hint')}`}
            </p>
            {extraction!.model.trimmed && (
              <p data-testid="critique-trimmed" style={{ margin: '0 0 8px', fontSize: 12, color: theme.muted }}>
                {i18n.t('critique.trimmed')}
              </p>
            )}
            {descPending && <p style={{ margin: '0 0 8px', fontSize: 12, color: theme.muted }}>{i18n.t('critique.descPending')}</p>}
            {extraction!.model.layout === READABILITY_LAYOUT && (
              <p data-testid="critique-unread" style={{ margin: '0 0 8px', fontSize: 12, color: theme.muted }}>
                {i18n.t('capture.brand')} {i18n.t('unread.chip.layout')}
              </p>
            )}
            {critique.findings.length === 0 ? (
              <p style={{ margin: 0 }}>{i18n.t('critique.allGood')}</p>
            ) : (
              <ul aria-label={i18n.t('critique.count', [critique.findings.length])} style={{ margin: 0, padding: 0 }}>
                {critique.findings.map((f, i) => (
                  <FindingItem key={`${f.ruleId}:${f.where ?? ''}:${f.start ?? i}`} finding={f} locale={locale} onSelect={select} />
                ))}
              </ul>
            )}
          </>
        ) : null}
      </section>
      <button
        ref={badge}
        type="button"
        aria-expanded={open}
        aria-label={i18n.t('critique.badgeLabel', [score ?? '—'])}
        onClick={() => (open ? close() : setOpen(true))}
        style={{
          position: 'fixed',
          right: EDGE,
          bottom,
          height: BADGE_HEIGHT,
          display: 'flex',
          alignItems: 'center',
          gap: 6,
          padding: '0 6px 0 12px',
          font: `600 13px/1 ${theme.font}`,
          color: theme.text,
          background: theme.surface,
          border: `1px solid ${theme.border}`,
          borderRadius: BADGE_HEIGHT / 2,
          boxShadow: theme.shadow,
          cursor: 'pointer',
          zIndex: 2147483647,
        }}
      >
        {i18n.t('critique.badge')}
        <span
          data-testid="page-score"
          style={{ minWidth: 26, height: 26, padding: '0 4px', boxSizing: 'border-box', borderRadius: 13, background: color, color: '#fff', display: 'inline-flex', alignItems: 'center', justifyContent: 'center', fontSize: 13 }}
        >
          {blocked ? '!' : (score ?? '…')}
        </span>
      </button>
    </div>
  );
}
