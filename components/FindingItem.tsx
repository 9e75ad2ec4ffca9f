// One finding as every panel shows it: severity, message (as text, never HTML), suggestions.
import type { ReactNode } from 'react';
import type { Finding } from '@/lib/schemas/finding';
import type { Locale } from '@/lib/schemas/common';
import { severityColor, theme } from './theme';

export interface FindingItemProps {
  finding: Finding;
  locale: Locale;
  /** When given, each suggestion is a button that applies it. */
  onSuggestion?: (finding: Finding, suggestion: string) => void;
  onSelect?: (finding: Finding) => void;
  suggestionLabel?: (suggestion: string) => string;
  /** Shown at the end of the first line (e.g. the points fixing it would gain). */
  aside?: ReactNode;
}

export function FindingItem({ finding, locale, onSuggestion, onSelect, suggestionLabel, aside }: FindingItemProps) {
  const color = severityColor[finding.severity];
  const suggestions = onSuggestion ? (finding.suggestions ?? []) : [];
  return (
    <li
      data-rule-id={finding.ruleId}
      data-severity={finding.severity}
      onClick={onSelect ? () => onSelect(finding) : undefined}
      // Selectable findings are reachable and usable from the keyboard, like a button.
      tabIndex={onSelect ? 0 : undefined}
      role={onSelect ? 'button' : undefined}
      onKeyDown={
        onSelect
          ? (e) => {
              if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
              e.preventDefault();
              onSelect(finding);
            }
          : undefined
      }
      style={{
        listStyle: 'none',
        borderLeft: `3px solid ${color.fg}`,
        background: color.bg,
        borderRadius: 4,
        padding: '6px 8px',
        margin: '0 0 6px',
        cursor: onSelect ? 'pointer' : undefined,
        color: theme.text,
        lineHeight: 1.5,
      }}
    >
      {aside}
      <span>{locale === 'zh' ? finding.message : finding.messageEn}</span>
      {suggestions.length > 0 && (
        <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 4 }}>
          {suggestions.map((s) => (
            <button
              key={s}
              type="button"
              data-suggestion={s}
              onClick={(e) => {
                e.stopPropagation();
                onSuggestion!(finding, s);
              }}
              style={{ font: 'inherit', fontSize: 12, border: `1px solid ${theme.border}`, background: theme.surface, borderRadius: 4, padding: '1px 6px', cursor: 'pointer' }}
            >
              {suggestionLabel ? suggestionLabel(s) : s}
            </button>
          ))}
        </span>
      )}
    </li>
  );
}
