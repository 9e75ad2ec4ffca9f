// The shop: capture consent (off until the seller turns it on), what the alerts need to know, and per
// platform the profile the price checks read — shop name, running promotions, unit cost, minimum margin.
import { useId } from 'react';
import { i18n } from '#i18n';
import { Section } from '@/components/Section';
import { Switch } from '@/components/Switch';
import { severityColor, theme } from '@/components/theme';
import { platformName } from '@/components/platform';
import { PLATFORMS, type Platform } from '@/lib/schemas/common';
import type { ShopProfile } from '@/lib/schemas/shop-profile';
import { splitPromos } from '@/lib/pricing/promo-list';
import type { ShopSettings } from '@/lib/schemas/settings';
import { parsePromo } from '@/lib/pricing/promo';
import { alertRules } from '@/lib/shop/alerts/index';
import type { SettingsState } from './use-settings';

const STOCK_ALERT = 'stock-below-safety';
const DEFAULT_REPLENISH_DAYS = (alertRules.find((r) => r.meta.id === STOCK_ALERT)!.meta.options.parse({}) as { replenishDays: number }).replenishDays;

const field = { display: 'grid', gridTemplateColumns: '170px 1fr', gap: 8, alignItems: 'center', marginBottom: 8 } as const;
const input = { font: 'inherit', fontSize: 12, padding: '3px 6px', border: `1px solid ${theme.border}`, borderRadius: 4 } as const;

export function ShopSection({ state }: { state: SettingsState }) {
  const { shop } = state.settings;
  const setShop = (patch: Partial<ShopSettings>) => state.save({ ...state.settings, shop: { ...shop, ...patch } });
  const stock = shop.alerts[STOCK_ALERT];
  const replenishDays = stock && stock !== 'off' ? (stock.options.replenishDays as number | undefined) : undefined;
  const ids = { capture: useId(), tmall: useId(), target: useId(), replenish: useId(), shipHours: useId() };
  const shipHoursText = Object.entries(shop.shipHours ?? {}).map(([id, hours]) => `${id} ${hours}`).join('\n');
  return (
    <Section id="shop" title={i18n.t('options.shop.heading')} testId="shop">
      <div style={field}>
        <span id={ids.capture}>{i18n.t('options.shop.capture')}</span>
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <Switch checked={shop.capture} onChange={(capture) => setShop({ capture })} label={i18n.t('options.shop.capture')} testId="capture-switch" />
          <span style={{ fontSize: 12, color: theme.muted }}>{i18n.t('options.shop.captureHint')}</span>
        </div>
      </div>
      <div style={field}>
        <span>{i18n.t('options.shop.tmall')}</span>
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <Switch checked={shop.qianniuPlatform === 'tmall'} onChange={(on) => setShop({ qianniuPlatform: on ? 'tmall' : 'taobao' })} label={i18n.t('options.shop.tmall')} />
          <span style={{ fontSize: 12, color: theme.muted }}>{i18n.t('options.shop.tmallHint')}</span>
        </div>
      </div>
      <div style={field}>
        <label htmlFor={ids.target}>{i18n.t('options.shop.target')}</label>
        <input
          id={ids.target}
          key={String(shop.dailyGmvTarget)}
          type="number"
          min={0}
          step={100}
          defaultValue={shop.dailyGmvTarget}
          onBlur={(e) => {
            const value = Number(e.currentTarget.value);
            setShop({ dailyGmvTarget: value > 0 ? value : undefined });
          }}
          style={{ ...input, width: 120 }}
        />
      </div>
      <div style={field}>
        <label htmlFor={ids.shipHours}>{i18n.t('options.shop.shipHours')}</label>
        <div>
          {/* For orders whose export names no promise of its own (lib/shop/alerts/order-ship-deadline.ts): "商品ID 小时" per line. */}
          <textarea
            id={ids.shipHours}
            key={shipHoursText}
            data-testid="ship-hours"
            rows={3}
            defaultValue={shipHoursText}
            placeholder="612345678901 24"
            onBlur={(e) => {
              const entries = e.currentTarget.value
                .split(/\r?\n/)
                .map((line) => /^\s*(\S+)\s+(\d+(?:\.\d+)?)\s*$/.exec(line))
                .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) > 0)
                .map((m) => [m[1]!, Number(m[2])] as const);
              setShop({ shipHours: entries.length ? Object.fromEntries(entries) : undefined });
            }}
            style={{ ...input, width: 220, fontFamily: 'monospace' }}
          />
          <div style={{ fontSize: 12, color: theme.muted }}>{i18n.t('options.shop.shipHoursHint')}</div>
        </div>
      </div>
      <div style={field}>
        <label htmlFor={ids.replenish}>{i18n.t('options.shop.replenish')}</label>
        <input
          id={ids.replenish}
          key={String(replenishDays)}
          type="number"
          min={1}
          max={90}
          step={1}
          placeholder={String(DEFAULT_REPLENISH_DAYS)}
          defaultValue={replenishDays}
          onBlur={(e) => {
            const value = Math.round(Number(e.currentTarget.value));
            const options = { ...(stock && stock !== 'off' ? stock.options : {}) };
            if (value >= 1 && value <= 90) options.replenishDays = value;
            else delete options.replenishDays;
            setShop({ alerts: { ...shop.alerts, [STOCK_ALERT]: { options } } });
          }}
          style={{ ...input, width: 120 }}
        />
      </div>
      <h3 style={{ fontSize: 13, margin: '16px 0 4px' }}>{i18n.t('options.profile.heading')}</h3>
      <p style={{ margin: '0 0 8px', color: theme.muted, fontSize: 12 }}>{i18n.t('options.profile.intro')}</p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(270px, 1fr))', gap: 12 }}>
        {PLATFORMS.map((platform) => (
          <ProfileCard key={platform} platform={platform} profile={state.settings.profiles[platform]} onChange={(profile) => state.save({ ...state.settings, profiles: { ...state.settings.profiles, [platform]: profile } })} />
        ))}
      </div>
    </Section>
  );
}

function ProfileCard({ platform, profile, onChange }: { platform: Platform; profile: ShopProfile; onChange(profile: ShopProfile): void }) {
  const ids = { name: useId(), margin: useId(), cost: useId(), promos: useId() };
  const unreadable = profile.promos.filter((p) => {
    try {
      parsePromo(p);
      return false;
    } catch {
      return true;
    }
  });
  // Empty or not positive: no value (the rule's own default applies). Money keeps 分.
  const number = (raw: string): number | undefined => (Number(raw) > 0 ? Math.round(Number(raw) * 100) / 100 : undefined);
  const set = (patch: Partial<ShopProfile>) => {
    const next: ShopProfile = { ...profile, ...patch };
    for (const key of Object.keys(patch) as (keyof ShopProfile)[]) if (next[key] === undefined) delete next[key];
    onChange(next);
  };
  const row = { display: 'grid', gridTemplateColumns: '118px 1fr', gap: 6, alignItems: 'center', marginBottom: 6 } as const;
  return (
    <fieldset data-testid={`profile-${platform}`} style={{ border: `1px solid ${theme.border}`, borderRadius: theme.radius, padding: '8px 10px', margin: 0 }}>
      <legend style={{ fontWeight: 600, padding: '0 4px' }}>{platformName(platform)}</legend>
      <div style={row}>
        <label htmlFor={ids.name}>{i18n.t('options.profile.name')}</label>
        <input id={ids.name} key={profile.name ?? ''} defaultValue={profile.name} maxLength={40} onBlur={(e) => set({ name: e.currentTarget.value.trim() || undefined })} style={input} />
      </div>
      <div style={row}>
        <label htmlFor={ids.margin}>{i18n.t('options.profile.margin')}</label>
        <input
          id={ids.margin}
          key={String(profile.minMargin)}
          type="number"
          min={0}
          max={99}
          step={1}
          defaultValue={profile.minMargin === undefined ? '' : Math.round(profile.minMargin * 100)}
          onBlur={(e) => {
            const percent = number(e.currentTarget.value);
            set({ minMargin: percent === undefined || percent >= 100 ? undefined : percent / 100 });
          }}
          style={{ ...input, width: 80 }}
        />
      </div>
      <div style={row}>
        <label htmlFor={ids.cost}>{i18n.t('options.profile.cost')}</label>
        <input id={ids.cost} key={String(profile.cost)} type="number" min={0} step={0.01} defaultValue={profile.cost} onBlur={(e) => set({ cost: number(e.currentTarget.value) })} style={{ ...input, width: 80 }} />
      </div>
      <label htmlFor={ids.promos} style={{ display: 'block', marginBottom: 2 }}>
        {i18n.t('options.profile.promos')}
      </label>
      <textarea
        id={ids.promos}
        key={profile.promos.join('\n')}
        defaultValue={profile.promos.join('\n')}
        rows={3}
        placeholder={i18n.t('options.profile.promosPlaceholder')}
        aria-describedby={`${ids.promos}-hint`}
        onBlur={(e) => set({ promos: [...new Set(splitPromos(e.currentTarget.value))].slice(0, 20) })}
        style={{ ...input, width: '100%', boxSizing: 'border-box', resize: 'vertical' }}
      />
      <div id={`${ids.promos}-hint`} style={{ fontSize: 11, color: unreadable.length ? severityColor.error.fg : theme.muted }}>
        {unreadable.length ? i18n.t('options.profile.unreadable', [unreadable.join(i18n.t('listSeparator'))]) : i18n.t('options.profile.promosHint')}
      </div>
    </fieldset>
  );
}
