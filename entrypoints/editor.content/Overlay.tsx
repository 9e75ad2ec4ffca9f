// The editor overlay: a score badge beside the title that opens into the findings and the score
// breakdown, underlines under the banned words, and the 到手价 panel beside the price. Renders the
// session's state; page text is rendered as text only.
import { useEffect, useRef, useState, useSyncExternalStore, type CSSProperties, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';
import { i18n } from '#i18n';
import { FindingItem } from '@/components/FindingItem';
import { scoreColor, severityColor } from '@/components/theme';
import { formatYuan, yuanToFen } from '@/lib/pricing/money';
import { splitPromos } from '@/lib/pricing/promo-list';
import type { Finding } from '@/lib/schemas/finding';
import type { KeywordCheck, ListingCheck } from '@/lib/engine/listing-checker';
import type { ShopProfile } from '@/lib/schemas/shop-profile';
import type { ProductAdCosts } from '@/lib/schemas/shop';
import type { Placed } from './layout';
import type { EditorSession, OverlayState } from './session';

const yuan = (n: number) => formatYuan(yuanToFen(n));

/**
 * The host page is untrusted (#21): it has no handle on our closed root, and should it dispatch events
 * at our controls anyway, a setting or the shop profile changes only on a person's input (isTrusted).
 */
const byUser =
  <E extends SyntheticEvent>(handler: (event: E) => void) =>
  (event: E) => {
    if (event.nativeEvent.isTrusted) handler(event);
  };

export function Overlay({ session }: { session: EditorSession }) {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  if (!state.check) return null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !state.collapsed) {
      e.preventDefault();
      session.setCollapsed(true);
    }
  };
  return (
    <div className="sl" lang={state.locale === 'zh' ? 'zh-CN' : 'en'} onKeyDown={byUser(onKeyDown)}>
      <Underlines state={state} />
      <TitleBox state={state} session={session} />
      {state.hasPriceField && <PriceBox state={state} session={session} />}
    </div>
  );
}

/** Reports the box's natural size to the session, which places it in the next frame. */
function useReportedSize(session: EditorSession, name: 'title' | 'price') {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => session.resized(name, { width: el.offsetWidth, height: el.scrollHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [session, name]);
  return ref;
}

function position(placed: Placed | undefined): CSSProperties {
  if (!placed) return { visibility: 'hidden' };
  return { left: placed.left, top: placed.top, maxHeight: placed.maxHeight };
}

function Underlines({ state }: { state: OverlayState }) {
  const text = state.layout.text;
  if (!text || !state.underlines.length) return null;
  return (
    <div className="underlines" style={{ left: text.left, top: text.top, width: text.width, height: text.height }}>
      {state.underlines.map((u) => (
        <span
          key={`${u.finding.ruleId}:${u.finding.start}`}
          className="underline"
          data-underline={u.finding.ruleId}
          style={{ left: u.left - text.scrollLeft, width: u.width, top: text.baseline, color: severityColor[u.finding.severity].fg, background: severityColor[u.finding.severity].fg }}
        />
      ))}
    </div>
  );
}

/** After the seller opens the panel, keyboard focus goes into it (so Esc closes it again); never on page load. */
function useFocusWhenOpened(ref: RefObject<HTMLDivElement | null>, collapsed: boolean) {
  const was = useRef(collapsed);
  useEffect(() => {
    if (was.current && !collapsed) ref.current?.focus({ preventScroll: true });
    was.current = collapsed;
  }, [collapsed, ref]);
}

function TitleBox({ state, session }: { state: OverlayState; session: EditorSession }) {
  const ref = useReportedSize(session, 'title');
  useFocusWhenOpened(ref, state.collapsed);
  const lint = state.check!;
  const { locale, collapsed } = state;
  const color = scoreColor(lint.score);
  const width = i18n.t('overlay.width', [String(state.width.value), String(state.width.max)]);
  const gains = new Map<Finding, number>();
  for (const part of lint.breakdown.parts) for (const lost of part.lost) if (lost.findings[0]) gains.set(lost.findings[0], lost.points);
  const findings = (
    <ul hidden={collapsed}>
      {lint.titleFindings.map((f) => (
        <FindingItem
          key={`${f.ruleId}:${f.messageId}:${f.start ?? ''}`}
          finding={f}
          locale={locale}
          onSuggestion={(finding, s) => session.applySuggestion(finding, s)}
          suggestionLabel={(s) =>
            f.start === undefined ? i18n.t('overlay.addWord', [s]) : s.trim() ? i18n.t('overlay.replaceWith', [s]) : i18n.t(s ? 'overlay.replaceWithSpace' : 'overlay.remove')
          }
          aside={gains.has(f) ? <span className="gain" title={i18n.t('overlay.gain', [String(gains.get(f))])}>+{gains.get(f)}</span> : undefined}
        />
      ))}
    </ul>
  );

  if (collapsed)
    return (
      <div ref={ref} className="box-bare" style={{ position: 'fixed', zIndex: 2147483000, ...position(state.layout.title) }} hidden={state.layout.title?.hidden}>
        <button type="button" className="pill" onClick={byUser(() => session.setCollapsed(false))} title={i18n.t('overlay.expand')} data-testid="expand">
          <span className="mark">{i18n.t('overlay.brand')}</span>
          <strong data-testid="title-score" style={{ color }}>{lint.score}</strong>
          <span className="hint">{width}</span>
        </button>
        {findings}
      </div>
    );

  return (
    <div ref={ref} tabIndex={-1} className="box card" style={position(state.layout.title)} hidden={state.layout.title?.hidden} data-testid="title-panel">
      <div className="head">
        <div className="score" data-testid="title-score" style={{ color }}>{lint.score}</div>
        <div className="meta">
          <div className="name">{i18n.t('overlay.brand')} · {i18n.t('overlay.titleScore')}</div>
          <div className="sub">{width}</div>
        </div>
        {lint.keywords && (
          <div className="kw-score" title={i18n.t('overlay.keywords.score')}>
            <strong data-testid="keyword-score" style={{ color: lint.keywords.score === null ? undefined : scoreColor(lint.keywords.score) }}>{lint.keywords.score ?? '—'}</strong>
            <span>{i18n.t('overlay.keywords.score')}</span>
          </div>
        )}
        <button type="button" className="icon" onClick={byUser(() => session.setCollapsed(true))} data-testid="collapse">
          {i18n.t('overlay.collapse')}<kbd>Esc</kbd>
        </button>
      </div>
      <div className="section">
        <div className="label">{i18n.t('overlay.breakdown')}</div>
        <div className="parts">
        {lint.breakdown.parts.map((p) => (
          <div className="part" key={p.part} data-part={p.part}>
            <span>{p.label[locale]}</span>
            <span className="bar"><i style={{ width: `${(p.points / p.max) * 100}%`, background: scoreColor((p.points / p.max) * 100) }} /></span>
            <span className="num">{p.points}/{p.max}</span>
          </div>
        ))}
        </div>
        {lint.breakdown.cappedAt !== undefined && (
          <div className="capped" data-testid="score-capped">
            {i18n.t('overlay.capped', [lint.breakdown.cappedAt])}
          </div>
        )}
      </div>
      <div className="section">
        {lint.titleFindings.length ? <div className="label">{i18n.t('overlay.findings')}</div> : <div className="ok">✓ {i18n.t('overlay.noFindings')}</div>}
        {findings}
      </div>
      {lint.keywords && <KeywordSection keywords={lint.keywords} locale={locale} left={state.width.max - state.width.value} onAdd={(word) => session.insertKeyword(word)} />}
    </div>
  );
}

/**
 * The seller's keyword bank for the listing's category: its best terms by value, struck through as
 * the title covers them (a click adds what one lacks), and the words that fill the characters left
 * with the most value. Folds to one line.
 */
function KeywordSection({ keywords, locale, left, onAdd }: { keywords: KeywordCheck; locale: OverlayState['locale']; left: number; onAdd: (word: string) => void }) {
  const [open, setOpen] = useState(true);
  const { fill, age } = keywords;
  return (
    <div className="section keywords" data-testid="keyword-section">
      <button type="button" className="fold" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="keyword-toggle">
        <span className="label">{i18n.t('overlay.keywords.heading', [keywords.label])}</span>
        {keywords.source === 'ads' && <span className="tag" data-testid="keyword-source">{keywords.sourceName[locale]}</span>}
        {keywords.approximate && (
          <span className="tag" data-testid="keyword-approximate" title={keywords.approximate.hint[locale]}>
            {keywords.approximate.text[locale]}
          </span>
        )}
        <span className={age.stale ? 'age stale' : 'age'} data-testid="keyword-age">{age.text[locale]} {open ? '▾' : '▸'}</span>
      </button>
      {!open && <div className="summary">{i18n.t('overlay.keywords.covered', [keywords.covered, keywords.total])}</div>}
      {open && (
        <>
          {keywords.total === 0 ? (
            <div className="hint">{i18n.t('overlay.keywords.none')}</div>
          ) : (
            <>
              <div className="hint">{i18n.t('overlay.keywords.covered', [keywords.covered, keywords.total])}</div>
              <ol className="terms">
                {keywords.top.map((t) => (
                  <li key={t.term} data-testid="keyword-term" data-term={t.term} data-covered={t.covered} title={i18n.t('overlay.keywords.value', [t.value])}>
                    {t.covered || !t.add ? (
                      <span className="term">{t.term}</span>
                    ) : (
                      <button type="button" className="term" onClick={() => onAdd(t.add!)} title={i18n.t('overlay.keywords.add', [t.add])}>{t.term}</button>
                    )}
                    <span className="bar"><i style={{ width: `${t.value}%` }} /></span>
                  </li>
                ))}
              </ol>
            </>
          )}
          <div className="fill" data-testid="keyword-fill">
            {fill.terms.length ? (
              <>
                <div className="label">{i18n.t('overlay.keywords.fill', [left])}</div>
                <div className="chips">
                  {fill.terms.map((word) => (
                    <button type="button" key={word} className="chip add" data-fill-word={word} onClick={() => onAdd(word)} title={i18n.t('overlay.keywords.add', [word])}>+ {word}</button>
                  ))}
                  <button type="button" className="chip all" data-testid="keyword-fill-all" onClick={() => onAdd(fill.text)}>{i18n.t('overlay.keywords.fillAll')}</button>
                </div>
                <div className="hint">{i18n.t('overlay.keywords.fillGain', [fill.addedValue, fill.widthLeft])}</div>
              </>
            ) : (
              <div className="hint">{i18n.t('overlay.keywords.noFill')}</div>
            )}
          </div>
        </>
      )}
    </div>
  );
}

function PriceBox({ state, session }: { state: OverlayState; session: EditorSession }) {
  const ref = useReportedSize(session, 'price');
  const { price, priceFindings, profile, unreadablePromos } = state.check!;
  const { locale, collapsed } = state;
  const final = price ? yuan(price.finalUnitPrice) : '—';
  if (collapsed)
    return (
      <div ref={ref} className="box-bare" style={{ position: 'fixed', zIndex: 2147483000, ...position(state.layout.price) }} hidden={state.layout.price?.hidden} data-testid="price-panel">
        <button type="button" className="pill" onClick={byUser(() => session.setCollapsed(false))} title={i18n.t('overlay.expand')}>
          <span className="mark">{i18n.t('overlay.price.title')}</span>
          <strong data-testid="final-price">{final}</strong>
        </button>
        <ul hidden>
          {priceFindings.map((f) => <FindingItem key={`${f.ruleId}:${f.messageId}`} finding={f} locale={locale} />)}
        </ul>
      </div>
    );
  return (
    <div ref={ref} tabIndex={-1} className="box card price" style={position(state.layout.price)} hidden={state.layout.price?.hidden} data-testid="price-panel">
      <div className="head">
        <div className="meta">
          <div className="name">{i18n.t('overlay.brand')} · {i18n.t('overlay.price.title')}</div>
          <div className="final" data-testid="final-price">{final}</div>
        </div>
        <button type="button" className="icon" onClick={byUser(() => session.setCollapsed(true))}>
          {i18n.t('overlay.collapse')}<kbd>Esc</kbd>
        </button>
      </div>
      {price && (
        <div className="section">
          <table className="steps">
            <tbody>
              <tr data-testid="price-basis"><td>{state.priceFromSkus ? i18n.t('overlay.price.lowestSku') : i18n.t('overlay.price.list')}</td><td>{yuan(price.unitPrice)}</td></tr>
              {price.applied.map((step) => (
                <tr key={step.promo} data-step={step.promo}>
                  <td>{step.promo}</td>
                  <td><span className="saving">−{yuan(step.saving)}</span> → {yuan(step.after)}</td>
                </tr>
              ))}
              <tr className="total"><td>{i18n.t('overlay.price.title')}</td><td>{final}</td></tr>
              {price.skipped.map((s) => (
                <tr key={s.promo} className="skipped"><td>{s.promo} · {i18n.t('overlay.price.skipped')}</td><td>{s.reason[locale]}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {price && state.adCosts?.costs && <ProfitAfterAds finalFen={yuanToFen(price.finalUnitPrice)} costFen={profile.cost !== undefined ? yuanToFen(profile.cost) : state.adCosts.sheetCostFen} costs={state.adCosts.costs} />}
      {priceFindings.length > 0 && (
        <div className="section">
          <ul>{priceFindings.map((f) => <FindingItem key={`${f.ruleId}:${f.messageId}`} finding={f} locale={locale} />)}</ul>
        </div>
      )}
      <ProfileEditor profile={profile} unreadablePromos={unreadablePromos} onChange={(p) => session.setProfile(p)} />
    </div>
  );
}

/** A signed amount as sellers write a loss: −¥23.59. */
const signedYuan = (fen: number) => (fen < 0 ? `−${formatYuan(-fen)}` : formatYuan(fen));

/**
 * What one order at this 到手价 keeps once the week's ads and 达人 commission are charged to it
 * (lib/shop/profit.ts): 到手价 − 成本 − ad cost per order − commission per order, in 分. The 成本 is the one
 * typed here, else the product sheet's.
 */
function ProfitAfterAds({ finalFen, costFen, costs }: { finalFen: number; costFen: number | undefined; costs: ProductAdCosts }) {
  const { adCostPerOrderFen, commissionPerOrderFen, days } = costs;
  const detail = [
    adCostPerOrderFen !== undefined && costs.spendFen > 0 && i18n.t('overlay.price.adCostPerOrder', [formatYuan(adCostPerOrderFen)]),
    costs.commissionOrders > 0 && i18n.t('overlay.price.commissionPerOrder', [formatYuan(commissionPerOrderFen)]),
    costs.roi !== undefined && i18n.t('overlay.price.roi', [costs.roi.toFixed(2)]),
    i18n.t('overlay.price.adDays', [days.length, days[0]!, days.at(-1)!]),
  ].filter(Boolean).join(' · ');
  let head;
  if (adCostPerOrderFen === undefined) head = <div className="profit bad">{i18n.t('overlay.price.adsNoOrders', [formatYuan(costs.spendFen)])}</div>;
  else if (costFen === undefined) head = <div className="hint">{i18n.t('overlay.price.costForProfit')}</div>;
  else {
    const profit = finalFen - costFen - adCostPerOrderFen - commissionPerOrderFen;
    head = <div className={profit < 0 ? 'profit bad' : 'profit'} data-profit-fen={profit}>{i18n.t('overlay.price.profitAfterAds', [signedYuan(profit)])}</div>;
  }
  return (
    <div className="section" data-testid="profit-after-ads">
      {head}
      <div className="hint">{detail}</div>
    </div>
  );
}

function ProfileEditor({ profile, unreadablePromos, onChange }: { profile: ShopProfile; unreadablePromos: ListingCheck['unreadablePromos']; onChange: (profile: ShopProfile) => void }) {
  const [draft, setDraft] = useState('');
  // Folded to a one-line summary once the shop has a profile, so the panel stays short.
  const [open, setOpen] = useState(profile.promos.length === 0 && profile.cost === undefined);
  const unreadable = new Set(unreadablePromos);
  const addPromos = () => {
    const added = splitPromos(draft).filter((p) => !profile.promos.includes(p));
    if (added.length) onChange({ ...profile, promos: [...profile.promos, ...added] });
    setDraft('');
  };
  const summary = [
    profile.promos.length ? profile.promos.join(i18n.t('listSeparator')) : i18n.t('overlay.price.noPromos'),
    profile.cost !== undefined ? `${i18n.t('overlay.price.costShort')} ${yuan(profile.cost)}` : '',
  ].filter(Boolean).join(' · ');
  return (
    <div className="section">
      <button type="button" className="fold" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="profile-toggle">
        <span className="label">{i18n.t('overlay.price.promos')}</span>
        <span className="hint">{open ? '▾' : '▸'}</span>
      </button>
      {!open && <div className="summary">{summary}</div>}
      {open && (
        <>
          <div className="chips">
            {profile.promos.length === 0 && <span className="hint">{i18n.t('overlay.price.noPromos')}</span>}
            {profile.promos.map((p) => (
              <span key={p} className={unreadable.has(p) ? 'chip bad' : 'chip'} data-promo={p} title={unreadable.has(p) ? i18n.t('overlay.price.unreadable') : undefined}>
                {p}
                <button type="button" aria-label={i18n.t('overlay.price.remove', [p])} onClick={byUser(() => onChange({ ...profile, promos: profile.promos.filter((x) => x !== p) }))}>×</button>
              </span>
            ))}
          </div>
          <div className="field">
            <input
              data-testid="promo-input"
              value={draft}
              placeholder={i18n.t('overlay.price.addPromo')}
              onChange={byUser((e) => setDraft(e.target.value))}
              onKeyDown={byUser((e) => e.key === 'Enter' && addPromos())}
              onBlur={byUser(addPromos)}
            />
          </div>
          <NumberField label={i18n.t('overlay.price.cost')} testId="cost-input" value={profile.cost} onChange={(cost) => onChange({ ...profile, cost })} />
          <NumberField
            label={i18n.t('overlay.price.minMargin')}
            testId="margin-input"
            value={profile.minMargin !== undefined ? Math.round(profile.minMargin * 1000) / 10 : undefined}
            onChange={(pct) => onChange({ ...profile, minMargin: pct !== undefined && pct < 100 ? pct / 100 : undefined })}
          />
        </>
      )}
    </div>
  );
}

/** A number the seller types; saved on Enter or when leaving the field, cleared when emptied. */
function NumberField({ label, testId, value, onChange }: { label: string; testId: string; value: number | undefined; onChange: (value: number | undefined) => void }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  const commit = () => {
    const n = Number(text.trim());
    const next = text.trim() && Number.isFinite(n) && n > 0 ? n : undefined;
    if (next !== value) onChange(next);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        data-testid={testId}
        inputMode="decimal"
        value={text}
        onChange={byUser((e) => setText(e.target.value))}
        onBlur={byUser(commit)}
        onKeyDown={byUser((e) => e.key === 'Enter' && commit())}
      />
    </label>
  );
}
