// The options page: the shop, the rules per platform, the shop alerts, the seller's words, and their
// data (backup, restore, CSV, delete). Every form is generated from the rules' and alerts' own meta.
import { i18n } from '#i18n';
import { uiLocale } from '@/components/locale';
import { theme } from '@/components/theme';
import { useSettings } from './use-settings';
import { ShopSection } from './ShopSection';
import { RulesSection } from './RulesSection';
import { AlertsSection } from './AlertsSection';
import { WordsSection } from './WordsSection';
import { DataSection } from './DataSection';

const NAV = ['shop', 'rules', 'alerts', 'words', 'data'] as const;

export function App() {
  const locale = uiLocale();
  const state = useSettings();
  return (
    <div lang={locale === 'zh' ? 'zh-CN' : 'en'} style={{ minHeight: '100vh', background: theme.subtle, fontFamily: theme.font, fontSize: 13, color: theme.text }}>
      <header style={{ background: theme.surface, borderBottom: `1px solid ${theme.border}`, position: 'sticky', top: 0, zIndex: 1 }}>
        <div style={{ maxWidth: 960, margin: '0 auto', padding: '10px 16px', display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
          <h1 style={{ fontSize: 17, margin: 0, color: theme.accentStrong }}>{i18n.t('options.title')}</h1>
          <nav aria-label={i18n.t('options.nav')} style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
            {NAV.map((id) => (
              <a key={id} href={`#${id}`} style={{ color: theme.text, textDecoration: 'none', padding: '4px 8px', borderRadius: 6 }}>
                {i18n.t(`options.${id}.heading`)}
              </a>
            ))}
          </nav>
          <span style={{ marginLeft: 'auto', fontSize: 12, color: theme.muted }}>{i18n.t('options.privacy')}</span>
        </div>
      </header>
      <main style={{ maxWidth: 960, margin: '0 auto', padding: 16 }}>
        {state?.notice && (
          <p role="alert" data-testid="settings-notice" style={{ background: '#fff5e0', border: '1px solid #f0c36d', borderRadius: theme.radius, padding: '8px 12px', margin: '0 0 12px' }}>
            {locale === 'zh' ? state.notice.zh : state.notice.en}
          </p>
        )}
        {state ? (
          <>
            <ShopSection state={state} />
            <RulesSection state={state} locale={locale} />
            <AlertsSection state={state} locale={locale} />
            <WordsSection state={state} />
            <DataSection state={state} />
          </>
        ) : (
          <p aria-busy="true" style={{ color: theme.muted }}>{i18n.t('options.loading')}</p>
        )}
      </main>
    </div>
  );
}
