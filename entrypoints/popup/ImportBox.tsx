// Import: choose any number of export files; each is recognised from its headers, parsed in a
// worker with progress, and all are written in one transaction. All or nothing, as the CLI: a file
// with rows we cannot read writes nothing and lists them by file, row and column; importing the rest
// is a second, deliberate click. The alerts above follow through the live query, without a reload.
import { useState } from 'react';
import { i18n } from '#i18n';
import type { Locale } from '@/lib/schemas/common';
import { theme, severityColor } from '@/components/theme';
import { failureText, importFiles, type ImportedFile, type ImportProgress, type ImportRefusal, type ImportResult } from './import-client';
import { Section } from '@/components/Section';
import { FilePicker } from '@/components/FilePicker';

const REJECTED_SHOWN = 5;

export function ImportBox({ locale }: { locale: Locale }) {
  const [progress, setProgress] = useState<ImportProgress>();
  const [result, setResult] = useState<ImportResult>();
  const [refused, setRefused] = useState<ImportRefusal & { chosen: File[] }>();
  const [error, setError] = useState<string>();

  async function run(chosen: File[], skipRejected: boolean) {
    setResult(undefined);
    setRefused(undefined);
    setError(undefined);
    try {
      const outcome = await importFiles(chosen, setProgress, { skipRejected });
      if (outcome.status === 'refused') setRefused({ ...outcome, chosen });
      else setResult(outcome);
    } catch (e) {
      setError(failureText(e, locale));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <Section title={i18n.t('popup.import.heading')} testId="import-section">
      <FilePicker testId="import" label={i18n.t('popup.import.choose')} hint={i18n.t('popup.import.hint')} disabled={progress !== undefined} onFiles={(files) => {
          if (files?.length) void run([...files], false);
        }} />
      {progress && (
        <p data-testid="import-progress" style={{ margin: '6px 0 0', fontSize: 12 }}>
          {progress.stage === 'reading'
            ? i18n.t('popup.import.reading', [progress.file])
            : progress.stage === 'parsing'
              ? i18n.t('popup.import.parsing', [progress.file, progress.percent, progress.rows.toLocaleString(locale), progress.rowsPerSecond.toLocaleString(locale)])
              : progress.stage === 'saving'
                ? i18n.t('popup.import.saving', [progress.rows.toLocaleString(locale), progress.done.toLocaleString(locale), progress.orders.toLocaleString(locale), progress.rowsPerSecond.toLocaleString(locale)])
                : i18n.t('popup.import.alerts')}
        </p>
      )}
      {error && (
        <p data-testid="import-error" style={{ margin: '6px 0 0', fontSize: 12, color: severityColor.error.fg }}>
          {i18n.t('popup.import.failed', [error])}
        </p>
      )}
      {refused && <Refusal refusal={refused} locale={locale} onSkip={() => void run(refused.chosen, true)} />}
      {result && (
        <div
          data-testid="import-result"
          data-parse-ms={result.timings.parseMs}
          data-write-ms={result.timings.writeMs}
          data-alerts-ms={result.timings.alertsMs}
          style={{ marginTop: 6, fontSize: 12 }}
        >
          <p style={{ margin: '0 0 4px' }}>{i18n.t('popup.import.done', [result.summary.orders.added, result.summary.orders.updated, result.summary.orders.unchanged])}</p>
          <ul style={{ margin: 0, padding: 0 }}>
            {result.files.map((f) => (
              <li key={f.file} data-import-kind={f.kind} data-source={f.source.id} style={{ listStyle: 'none', marginBottom: 4 }}>
                <strong>{f.file}</strong> · {f.source.label[locale]} · {i18n.t('popup.import.rows', [f.rows])}
                {result.summary.repeated.includes(f.file) && <span style={{ color: theme.muted }}> · {i18n.t('popup.import.repeated')}</span>}
                {f.rejectedCount > 0 && (
                  <div data-testid="import-rejected" style={{ color: severityColor.warn.fg }}>
                    {i18n.t('popup.import.skipped', [f.rejectedCount])}
                    <RejectedRows file={f} locale={locale} />
                  </div>
                )}
                {f.notices.length > 0 && (
                  <div data-testid="import-notices" style={{ color: theme.muted }}>
                    {i18n.t('popup.import.notices')}
                    {f.notices.slice(0, REJECTED_SHOWN).map((n) => (
                      <div key={`${n.row}:${n.column ?? ''}:${n.reason.en}`}>{n.row > 0 ? i18n.t('popup.import.rejectedRow', [n.row, n.column ?? '', n.reason[locale]]) : i18n.t('popup.import.notice', [n.column ?? '', n.reason[locale]])}</div>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}

function RejectedRows({ file, locale }: { file: ImportedFile; locale: Locale }) {
  return (
    <>
      {file.rejected.slice(0, REJECTED_SHOWN).map((r) => (
        <div key={`${r.row}:${r.column ?? ''}`}>{i18n.t('popup.import.rejectedRow', [r.row, r.column ?? '', r.reason[locale]])}</div>
      ))}
      {file.rejectedCount > REJECTED_SHOWN && <div>{i18n.t('popup.import.moreRejected', [file.rejectedCount - REJECTED_SHOWN])}</div>}
    </>
  );
}

/** Nothing written: the unreadable rows per file, and the deliberate second step that skips them. */
function Refusal({ refusal, locale, onSkip }: { refusal: ImportRefusal; locale: Locale; onSkip: () => void }) {
  const rejected = refusal.files.reduce((n, f) => n + f.rejectedCount, 0);
  const rest = refusal.files.reduce((n, f) => n + f.rows - f.rejectedCount, 0);
  return (
    <div data-testid="import-refused" style={{ marginTop: 6, fontSize: 12 }}>
      <p style={{ margin: '0 0 4px', color: severityColor.error.fg }}>{i18n.t('popup.import.refused', [rejected])}</p>
      <ul style={{ margin: 0, padding: 0 }}>
        {refusal.files
          .filter((f) => f.rejectedCount > 0)
          .map((f) => (
            <li key={f.file} data-source={f.source.id} data-testid="import-rejected" style={{ listStyle: 'none', marginBottom: 4, color: severityColor.warn.fg }}>
              <strong>{f.file}</strong> · {i18n.t('popup.import.rejected', [f.rejectedCount])}
              <RejectedRows file={f} locale={locale} />
            </li>
          ))}
      </ul>
      {rest > 0 && (
        <button type="button" data-testid="import-skip-rejected" onClick={onSkip} style={{ marginTop: 4, fontSize: 12, padding: '3px 8px', border: `1px solid ${theme.border}`, borderRadius: 4, background: theme.subtle, color: theme.accentStrong, cursor: 'pointer' }}>
          {i18n.t('popup.import.skipRejected', [rejected, rest])}
        </button>
      )}
    </div>
  );
}
