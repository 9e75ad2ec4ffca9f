// 关键词库: the seller's search-term data (生意参谋, 抖店罗盘, plugin sheets, ad keyword reports, or a
// pasted table or list) per category, with each bank's source, age and whether its figures are
// ranges — the overlay on the publish pages checks titles against it.
// Files are read in the import worker; the background validates and stores each bank.
import { useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { Locale } from '@/lib/schemas/common';
import type { KeywordBankInfo, KeywordsReply } from '@/lib/schemas/messages';
import { theme, severityColor } from '@/components/theme';
import { askKeywords } from '@/extension/messages';
import { failureText, readKeywordBanks } from './import-client';
import { Section } from '@/components/Section';
import { FilePicker } from '@/components/FilePicker';
import { APPROXIMATE, APPROXIMATE_HINT, SOURCE_NAMES } from '@/lib/keywords/labels';

/** What the chooser offers: the exports above (生意参谋 downloads .xls) and text. */
const KEYWORD_FILES = '.csv,.tsv,.txt,.xlsx,.xls,.json,.jsonl';

export function KeywordBox({ locale }: { locale: Locale }) {
  const [banks, setBanks] = useState<KeywordBankInfo[]>();
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string>();

  const apply = (reply: KeywordsReply) => {
    if (reply.ok) setBanks(reply.banks);
    else setError(reply.error);
    return reply.ok;
  };
  // Each reply lists the banks as the background had them: only the last request's may be shown (the
  // first list, from a background still waking up, can arrive after an import's save).
  const latest = useRef(0);
  const ask = async (message: Parameters<typeof askKeywords>[0]) => {
    const n = ++latest.current;
    const reply = await askKeywords(message);
    return n === latest.current ? apply(reply) : reply.ok;
  };
  useEffect(() => void ask({ type: 'keywords/list' }), []);

  async function save(files: { name: string; bytes: ArrayBuffer }[]): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    try {
      let ok = true;
      for (const bank of await readKeywordBanks(files)) ok = (await ask({ type: 'keywords/save', bank })) && ok;
      return ok;
    } catch (e) {
      setError(failureText(e, locale));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function onFiles(list: FileList | null) {
    if (!list?.length) return;
    await save(await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))));
  }

  async function onPaste() {
    if (!pasted.trim()) return;
    const bytes = new TextEncoder().encode(pasted).buffer as ArrayBuffer;
    if (await save([{ name: i18n.t('popup.keywords.pastedName'), bytes }])) setPasted('');
  }

  return (
    <Section title={i18n.t('popup.keywords.heading')} testId="keywords-section">
      <FilePicker
        testId="keyword-import"
        label={i18n.t('popup.keywords.choose')}
        hint={i18n.t('popup.keywords.hint')}
        accept={KEYWORD_FILES}
        disabled={busy}
        onFiles={(files) => void onFiles(files)}
      />
      <div style={{ display: 'flex', gap: 6, marginTop: 6 }}>
        <textarea
          data-testid="keyword-paste"
          value={pasted}
          rows={2}
          placeholder={i18n.t('popup.keywords.pastePlaceholder')}
          onChange={(e) => setPasted(e.target.value)}
          style={{ flex: 1, minWidth: 0, font: 'inherit', fontSize: 12, border: `1px solid ${theme.border}`, borderRadius: 4, padding: '4px 6px', resize: 'vertical' }}
        />
        <button
          type="button"
          data-testid="keyword-paste-save"
          disabled={busy || !pasted.trim()}
          onClick={() => void onPaste()}
          style={{ alignSelf: 'flex-start', font: 'inherit', fontSize: 12, border: `1px solid ${theme.accent}`, background: theme.accent, color: '#fff', borderRadius: 4, padding: '3px 8px', cursor: 'pointer' }}
        >
          {i18n.t('popup.keywords.pasteSave')}
        </button>
      </div>
      {busy && <p style={{ margin: '6px 0 0', fontSize: 12 }}>{i18n.t('popup.keywords.reading')}</p>}
      {error && (
        <p data-testid="keyword-error" style={{ margin: '6px 0 0', fontSize: 12, color: severityColor.error.fg }}>
          {i18n.t('popup.import.failed', [error])}
        </p>
      )}
      {banks && (
        <ul data-testid="keyword-banks" style={{ margin: '8px 0 0', padding: 0, listStyle: 'none', fontSize: 12 }}>
          {banks.length === 0 && <li style={{ color: theme.muted }}>{i18n.t('popup.keywords.empty')}</li>}
          {banks.map((b) => (
            <li key={b.key} data-keyword-bank={b.category} data-stale={b.age.stale} style={{ padding: '3px 0', borderTop: `1px solid ${theme.subtle}` }}>
              <div style={{ display: 'flex', alignItems: 'baseline', gap: 6, whiteSpace: 'nowrap' }}>
                <strong>{b.label}</strong>
                <span style={{ color: theme.muted, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {SOURCE_NAMES[b.source][locale]} · {i18n.t('popup.keywords.terms', [b.terms])} · {b.dataDate}
                </span>
                <button
                  type="button"
                  aria-label={i18n.t('popup.keywords.remove', [b.label])}
                  onClick={() => void ask({ type: 'keywords/delete', key: b.key })}
                  style={{ marginLeft: 'auto', border: 0, background: 'none', color: theme.muted, cursor: 'pointer', padding: '0 2px' }}
                >
                  ×
                </button>
              </div>
              <div style={{ display: 'flex', alignItems: 'baseline', gap: 6, whiteSpace: 'nowrap', fontSize: 11 }}>
                <span data-testid="keyword-bank-age" style={{ color: b.age.stale ? severityColor.warn.fg : theme.muted }}>{b.age.text[locale]}</span>
                {b.approximate && (
                  <span data-testid="keyword-bank-approximate" title={APPROXIMATE_HINT[locale]} style={{ color: theme.muted, border: `1px solid ${theme.border}`, borderRadius: 3, padding: '0 3px' }}>
                    {APPROXIMATE[locale]}
                  </span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
