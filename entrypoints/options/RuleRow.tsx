// One rule or alert: its switch, description, severity and every option with its default and where the
// default comes from — all read from the rule's meta (lib/settings/form.ts).
import { useId, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { i18n } from '#i18n';
import { Switch } from '@/components/Switch';
import { severityColor, theme } from '@/components/theme';
import type { Localized, Locale, Severity } from '@/lib/schemas/common';
import { checkOption, optionFields, type OptionField } from '@/lib/settings/form';
import { formatWordList, parseWordList } from '@/lib/settings/words';

export interface RuleRowProps {
  id: string;
  kind: 'rule' | 'alert';
  description: Localized;
  severity: Severity;
  options: z.ZodObject;
  sources: Record<string, string>;
  locale: Locale;
  enabled: boolean;
  /** The seller's option values (only what they changed). */
  values: Record<string, unknown>;
  customised: boolean;
  onEnabled(enabled: boolean): void;
  onOption(key: string, value: unknown): void;
  onReset(): void;
  /** The severity control, for rules (alerts choose their severity per case). */
  severityControl?: ReactNode;
}

export function RuleRow(props: RuleRowProps) {
  const { id, kind, description, locale, enabled, values, sources } = props;
  const fields = optionFields(props.options, sources);
  const text = locale === 'zh' ? description.zh : description.en;
  const ruleSource = sources.rule;
  return (
    <li data-rule-id={kind === 'rule' ? id : undefined} data-alert-setting={kind === 'alert' ? id : undefined} data-enabled={enabled} style={{ listStyle: 'none', borderTop: `1px solid ${theme.border}`, padding: '10px 0' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
        <Switch checked={enabled} onChange={props.onEnabled} label={`${text} (${id})`} testId="rule-switch" />
        <div style={{ flex: 1, minWidth: 0 }}>
          <div style={{ fontWeight: 600, color: enabled ? theme.text : theme.muted }}>{text}</div>
          <div style={{ fontSize: 11, color: theme.muted }}>
            <code>{id}</code>
            <span style={{ marginLeft: 8, paddingLeft: 6, borderLeft: `3px solid ${severityColor[props.severity].fg}` }}>
              {i18n.t('options.rules.defaultSeverity', [severityLabel(props.severity)])}
            </span>
            {ruleSource && <span style={{ marginLeft: 8 }}>{i18n.t('options.rules.source', [ruleSource])}</span>}
          </div>
        </div>
        {props.severityControl}
        {props.customised && (
          <button type="button" onClick={props.onReset} style={linkButton}>
            {i18n.t('options.rules.reset')}
          </button>
        )}
      </div>
      {enabled && fields.length > 0 && (
        <div style={{ display: 'grid', gap: 6, margin: '8px 0 0 44px' }}>
          {fields.map((field) => (
            <OptionInput key={field.key} field={field} value={values[field.key]} schema={props.options} values={values} onChange={(v) => props.onOption(field.key, v)} />
          ))}
        </div>
      )}
    </li>
  );
}

export const severityLabel = (severity: Severity): string =>
  severity === 'error' ? i18n.t('options.severity.error') : severity === 'warn' ? i18n.t('options.severity.warn') : i18n.t('options.severity.info');

export const linkButton = { font: 'inherit', fontSize: 12, color: '#1f5bd8', background: 'none', border: 'none', cursor: 'pointer', padding: 2, textDecoration: 'underline' } as const;

function OptionInput({ field, value, schema, values, onChange }: { field: OptionField; value: unknown; schema: z.ZodObject; values: Record<string, unknown>; onChange(value: unknown): void }) {
  const inputId = useId();
  const [error, setError] = useState<string>();
  // A number the seller has not set stays empty, its default shown as the placeholder; a list starts
  // from its default so that one word can be added or removed.
  const shown = value ?? field.default;
  const commit = (raw: string) => {
    const next = field.kind === 'list' ? parseWordList(raw) : raw.trim() === '' ? undefined : Number(raw);
    if (next === undefined) {
      setError(undefined);
      return onChange(undefined);
    }
    const checked = checkOption(schema, values, field.key, next);
    if (!checked.ok) return setError(i18n.t('options.rules.invalid', [bounds(field)]));
    setError(undefined);
    onChange(checked.value);
  };
  const defaultText = field.default === undefined ? i18n.t('options.rules.platformDefault') : Array.isArray(field.default) ? field.default.join(i18n.t('listSeparator')) : String(field.default);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '150px 1fr', gap: 8, alignItems: 'start' }}>
      <label htmlFor={inputId} style={{ paddingTop: 4 }}>
        <code>{field.key}</code>
      </label>
      <div>
        {field.kind === 'list' ? (
          <textarea
            id={inputId}
            key={JSON.stringify(shown)}
            defaultValue={formatWordList((shown as string[] | undefined) ?? [])}
            onBlur={(e) => commit(e.currentTarget.value)}
            rows={2}
            aria-describedby={`${inputId}-help`}
            style={{ width: '100%', boxSizing: 'border-box', font: 'inherit', fontSize: 12 }}
          />
        ) : (
          <input
            id={inputId}
            key={String(value)}
            type="number"
            defaultValue={value === undefined ? '' : String(value)}
            placeholder={defaultText}
            step={field.integer ? 1 : 'any'}
            min={field.min}
            max={field.max}
            onBlur={(e) => commit(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${inputId}-help`}
            style={{ width: 110, font: 'inherit', fontSize: 12, padding: '2px 4px' }}
          />
        )}
        <div id={`${inputId}-help`} style={{ fontSize: 11, color: theme.muted, marginTop: 2 }}>
          {error && <span role="alert" style={{ color: severityColor.error.fg, marginRight: 8 }}>{error}</span>}
          {i18n.t('options.rules.default', [defaultText])}
          {field.source && ` · ${i18n.t('options.rules.source', [field.source])}`}
        </div>
      </div>
    </div>
  );
}

function bounds(field: OptionField): string {
  const parts = [field.integer ? i18n.t('options.rules.integer') : '', field.min !== undefined ? `≥ ${field.min}` : '', field.max !== undefined ? `≤ ${field.max}` : ''];
  return parts.filter(Boolean).join(' ') || '—';
}
