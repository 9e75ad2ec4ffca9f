// The listing rules per platform, over the platform preset (lib/engine/presets.ts): on/off, severity,
// thresholds. The list is the registry (lib/rules/index.ts), grouped by what the rule judges.
import { useState } from 'react';
import { i18n } from '#i18n';
import { Section } from '@/components/Section';
import { theme } from '@/components/theme';
import { rules } from '@/lib/rules/index';
import { presets } from '@/lib/engine/presets';
import type { RuleSetting } from '@/lib/engine/config';
import type { InputKind, Rule } from '@/lib/engine/define-rule';
import { PLATFORMS, Severity, type Locale, type Platform } from '@/lib/schemas/common';
import { platformName } from '@/components/platform';
import { RuleRow, severityLabel } from './RuleRow';
import type { SettingsState } from './use-settings';

const GROUPS: InputKind[] = ['title', 'price', 'page'];
const groupName = (kind: InputKind) => (kind === 'title' ? i18n.t('options.rules.title') : kind === 'price' ? i18n.t('options.rules.price') : i18n.t('options.rules.page'));

export function RulesSection({ state, locale }: { state: SettingsState; locale: Locale }) {
  const [platform, setPlatform] = useState<Platform>('taobao');
  const config = state.settings.rules[platform];
  const set = (id: string, setting: RuleSetting | undefined) => {
    const next = { ...config };
    if (setting === undefined) delete next[id];
    else next[id] = setting;
    state.save({ ...state.settings, rules: { ...state.settings.rules, [platform]: next } });
  };
  const tabs = (
    <div role="group" aria-label={i18n.t('options.rules.platform')} style={{ display: 'flex', gap: 4 }}>
      {PLATFORMS.map((p) => (
        <button
          key={p}
          type="button"
          aria-pressed={p === platform}
          data-testid={`platform-${p}`}
          onClick={() => setPlatform(p)}
          style={{ font: 'inherit', fontSize: 12, padding: '3px 12px', borderRadius: 14, cursor: 'pointer', border: `1px solid ${p === platform ? theme.accentStrong : theme.border}`, background: p === platform ? theme.accentStrong : theme.surface, color: p === platform ? '#fff' : theme.text }}
        >
          {platformName(p)}
        </button>
      ))}
    </div>
  );
  return (
    <Section id="rules" title={i18n.t('options.rules.heading')} aside={tabs} testId="rules">
      <p style={{ margin: '0 0 6px', color: theme.muted, fontSize: 12 }}>{i18n.t('options.rules.intro', [platformName(platform)])}</p>
      {GROUPS.map((kind) => (
        <div key={kind}>
          <h3 style={{ fontSize: 12, margin: '12px 0 2px', color: theme.muted }}>{groupName(kind)}</h3>
          <ul style={{ margin: 0, padding: 0 }}>
            {(rules as readonly Rule[])
              .filter((rule) => rule.meta.input === kind)
              .map(({ meta }) => {
                const preset = presets[platform][meta.id];
                const own = config[meta.id];
                const enabled = own === undefined ? preset !== 'off' : own !== 'off';
                const ownObj = own && own !== 'off' ? own : {};
                const presetSeverity = preset && preset !== 'off' ? preset.severity : undefined;
                return (
                  <RuleRow
                    key={meta.id}
                    id={meta.id}
                    kind="rule"
                    description={meta.description}
                    severity={presetSeverity ?? meta.severity}
                    options={meta.options}
                    sources={meta.sources}
                    locale={locale}
                    enabled={enabled}
                    values={ownObj.options ?? {}}
                    customised={own !== undefined}
                    onEnabled={(on) => set(meta.id, on ? (preset === 'off' ? {} : undefined) : 'off')}
                    onOption={(key, value) => {
                      const options = { ...ownObj.options, [key]: value };
                      if (value === undefined) delete options[key];
                      set(meta.id, { ...ownObj, options });
                    }}
                    onReset={() => set(meta.id, undefined)}
                    severityControl={
                      enabled && (
                        <select
                          aria-label={i18n.t('options.rules.severity', [meta.id])}
                          value={ownObj.severity ?? ''}
                          onChange={(e) => {
                            const severity = Severity.safeParse(e.currentTarget.value);
                            const { severity: _, ...rest } = ownObj;
                            set(meta.id, severity.success ? { ...rest, severity: severity.data } : rest);
                          }}
                          style={{ font: 'inherit', fontSize: 12 }}
                        >
                          <option value="">{i18n.t('options.rules.severityDefault')}</option>
                          {Severity.options.map((s) => (
                            <option key={s} value={s}>
                              {severityLabel(s)}
                            </option>
                          ))}
                        </select>
                      )
                    }
                  />
                );
              })}
          </ul>
        </div>
      ))}
    </Section>
  );
}
