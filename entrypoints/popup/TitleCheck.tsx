// A quick title check with the same ListingChecker the editor overlay uses (the seller's words, rule
// switches and shop profile included), and so the same lint as the CLI. The rule engine and word
// lists load on first use, so they do not slow the popup's opening.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { PLATFORMS, type Locale, type Platform } from '@/lib/schemas/common';
import { platformName } from '@/components/platform';
import { readSettings, watchSettings } from '@/extension/settings';
import type { Settings } from '@/lib/settings/schema';
import type { ListingChecker } from '@/lib/engine/listing-checker';
import { FindingItem } from '@/components/FindingItem';
import { scoreColor, theme } from '@/components/theme';
import { Section } from '@/components/Section';

export function TitleCheck({ locale }: { locale: Locale }) {
  const [title, setTitle] = useState('');
  const [platform, setPlatform] = useState<Platform>('taobao');
  const deferred = useDeferredValue(title);
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void readSettings().then(({ settings }) => setSettings(settings));
    return watchSettings(({ settings }) => setSettings(settings));
  }, []);

  // One checker per settings value, built once the seller has typed something.
  const [built, setBuilt] = useState<{ settings: Settings; checker: ListingChecker }>();
  const typed = deferred.trim() !== '';
  useEffect(() => {
    if (!typed || !settings || built?.settings === settings) return;
    let current = true;
    void import('@/lib/engine/listing-checker').then(({ ListingChecker }) => current && setBuilt({ settings, checker: new ListingChecker(settings) }));
    return () => {
      current = false;
    };
  }, [typed, settings, built]);

  const result = useMemo(() => {
    if (!typed || !built) return undefined;
    const check = built.checker.check({ title: deferred, platform }, built.settings.profiles[platform]);
    return { score: check.score, findings: [...check.titleFindings, ...check.priceFindings] };
  }, [typed, built, deferred, platform]);

  const select = (
    <select aria-label={i18n.t('options.rules.platform')} value={platform} onChange={(e) => setPlatform(e.currentTarget.value as Platform)} style={{ font: 'inherit', fontSize: 12 }}>
      {PLATFORMS.map((p) => (
        <option key={p} value={p}>
          {platformName(p)}
        </option>
      ))}
    </select>
  );
  return (
    <Section title={i18n.t('popup.check.heading')} aside={select} testId="title-check">
      <textarea
        data-testid="title-input"
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        placeholder={i18n.t('popup.check.placeholder')}
        rows={2}
        style={{ width: '100%', boxSizing: 'border-box', font: 'inherit', fontSize: 13, padding: 6, border: `1px solid ${theme.border}`, borderRadius: 6, resize: 'vertical' }}
      />
      {result && (
        <div style={{ marginTop: 6 }}>
          <div style={{ marginBottom: 6 }}>
            {i18n.t('popup.check.score')}{' '}
            <strong data-testid="title-score" style={{ fontSize: 18, color: scoreColor(result.score) }}>
              {result.score}
            </strong>
            <span style={{ color: theme.muted }}>/100</span>
          </div>
          {result.findings.length ? (
            <ul style={{ margin: 0, padding: 0 }}>
              {result.findings.map((f, i) => (
                <FindingItem key={`${f.ruleId}:${i}`} finding={f} locale={locale} />
              ))}
            </ul>
          ) : (
            <p style={{ margin: 0, color: theme.muted }}>{i18n.t('popup.check.clean')}</p>
          )}
        </div>
      )}
    </Section>
  );
}
