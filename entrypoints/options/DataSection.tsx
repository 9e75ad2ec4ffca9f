// The seller's data is theirs: one file with everything (settings + the shop database), restore from it
// (all-or-nothing, refused when it comes from a newer version), today's alerts as an Excel-safe CSV,
// and delete everything — with a typed confirmation, since it cannot be undone.
import { useState } from 'react';
import { i18n } from '#i18n';
import { Section } from '@/components/Section';
import { severityColor, theme } from '@/components/theme';
import { uiLocale } from '@/components/locale';
import { openShopDb } from '@/lib/db/schema';
import { BackupError, clearShopDb, createBackup, restoreBackup } from '@/lib/db/backup';
import { readStoredAlerts } from '@/lib/db/stored-alerts';
import { toCsv } from '@/lib/tables/write-csv';
import { chinaDay, formatChinaTime } from '@/lib/shop/time';
import { sendToBackground } from '@/extension/messages';
import { writeSettings } from '@/extension/settings';
import { db } from './db';
import { saveFile } from './files';
import type { SettingsState } from './use-settings';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

const button = { font: 'inherit', fontSize: 12, padding: '5px 12px', borderRadius: 6, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, cursor: 'pointer' } as const;

function problemText(error: unknown): string {
  if (!(error instanceof BackupError)) return i18n.t('options.data.failed', [(error as Error).message]);
  switch (error.problem) {
    case 'newer':
      return i18n.t('options.data.newer', [error.detail]);
    case 'settings':
      return i18n.t('options.data.brokenSettings', [error.detail]);
    case 'not-backup':
      return i18n.t('options.data.notBackup');
    case 'row':
      return i18n.t('options.data.badRow', [error.detail]);
    case 'import':
      return i18n.t('options.data.failed', [error.detail]);
  }
}

export function DataSection({ state }: { state: SettingsState }) {
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const word = i18n.t('options.data.deleteWord');
  const version = browser.runtime.getManifest().version;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setStatus(undefined);
    try {
      setStatus({ kind: 'ok', text: await work() });
    } catch (error) {
      setStatus({ kind: 'error', text: problemText(error) });
    } finally {
      setBusy(false);
    }
  };

  const exportAll = () =>
    run(async () => {
      saveFile(`shoplint-backup-${chinaDay(Date.now())}.json`, await createBackup(db, state.settings, version), 'application/json');
      return i18n.t('options.data.exported');
    });

  const restore = (file: File) =>
    run(async () => {
      const { settings, app, exportedAt } = await restoreBackup(db, await file.text(), (upTo) => openShopDb('shoplint-restore', {}, upTo));
      await writeSettings(settings);
      await sendToBackground({ type: 'shop/refresh-alerts' });
      return i18n.t('options.data.restored', [app, formatChinaTime(exportedAt)]);
    });

  const exportAlerts = () =>
    run(async () => {
      const stored = await readStoredAlerts(db);
      const zh = uiLocale() === 'zh';
      const header = [i18n.t('options.data.csvType'), i18n.t('options.data.csvSeverity'), i18n.t('options.data.csvEntity'), i18n.t('options.data.csvMessage'), i18n.t('options.data.csvDue')];
      const rows = (stored?.alerts ?? []).map((a) => [a.type, a.severity, a.entityId, zh ? a.message : a.messageEn, a.dueAt === undefined ? undefined : formatChinaTime(a.dueAt)]);
      saveFile(`shoplint-alerts-${chinaDay(Date.now())}.csv`, toCsv(header, rows), 'text/csv;charset=utf-8');
      return i18n.t('options.data.alertsExported', [String(rows.length)]);
    });

  const deleteAll = () =>
    run(async () => {
      await clearShopDb(db);
      await browser.storage.local.clear();
      await sendToBackground({ type: 'shop/refresh-alerts' });
      setConfirming(false);
      setTyped('');
      return i18n.t('options.data.deleted');
    });

  return (
    <Section id="data" title={i18n.t('options.data.heading')} testId="data">
      <p style={{ margin: '0 0 10px', color: theme.muted, fontSize: 12 }}>{i18n.t('options.data.intro')}</p>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <button type="button" style={button} disabled={busy} onClick={exportAll} data-testid="export-all">
          {i18n.t('options.data.export')}
        </button>
        <label style={{ ...button, display: 'inline-block' }}>
          {i18n.t('options.data.restore')}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="restore-input"
            disabled={busy}
            style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void restore(file);
            }}
          />
        </label>
        <button type="button" style={button} disabled={busy} onClick={exportAlerts} data-testid="export-alerts">
          {i18n.t('options.data.exportAlerts')}
        </button>
        <button type="button" style={{ ...button, color: severityColor.error.fg, borderColor: severityColor.error.fg, marginLeft: 'auto' }} disabled={busy} aria-expanded={confirming} onClick={() => setConfirming(!confirming)} data-testid="delete-all">
          {i18n.t('options.data.delete')}
        </button>
      </div>
      {confirming && (
        <div style={{ marginTop: 10, padding: 10, borderRadius: theme.radius, background: severityColor.error.bg }}>
          <label style={{ display: 'block', marginBottom: 6 }}>
            {i18n.t('options.data.deleteConfirm', [word])}
            <input value={typed} onChange={(e) => setTyped(e.currentTarget.value)} data-testid="delete-confirm-input" style={{ font: 'inherit', fontSize: 12, marginLeft: 8, width: 100 }} />
          </label>
          <button type="button" style={{ ...button, background: severityColor.error.fg, color: '#fff', borderColor: severityColor.error.fg }} disabled={busy || typed.trim() !== word} onClick={deleteAll} data-testid="delete-confirm">
            {i18n.t('options.data.deleteNow')}
          </button>
        </div>
      )}
      {status && (
        <p role="status" data-testid="data-status" data-kind={status.kind} style={{ margin: '10px 0 0', color: status.kind === 'error' ? severityColor.error.fg : '#1d7a14' }}>
          {status.text}
        </p>
      )}
    </Section>
  );
}
