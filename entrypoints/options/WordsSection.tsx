// The seller's own words (lib/lexicon/schema.ts UserWords): extra banned words, allow-listed words,
// competitor and own brands, extra core/attribute/scene words. Paste many at once (one a line), import
// a .txt/.csv, export one list.
import { useId } from 'react';
import { i18n } from '#i18n';
import { Section } from '@/components/Section';
import { theme } from '@/components/theme';
import type { UserWords } from '@/lib/lexicon/schema';
import { formatWordList, parseWordList } from '@/lib/settings/words';
import { saveFile } from './files';
import { linkButton } from './RuleRow';
import type { SettingsState } from './use-settings';

type ListName = keyof UserWords;
const LISTS: ListName[] = ['banned', 'allowed', 'brands', 'ownBrands', 'core', 'attribute', 'scene'];

const label = (list: ListName): { name: string; hint: string } => {
  switch (list) {
    case 'banned':
      return { name: i18n.t('options.words.banned'), hint: i18n.t('options.words.bannedHint') };
    case 'allowed':
      return { name: i18n.t('options.words.allowed'), hint: i18n.t('options.words.allowedHint') };
    case 'brands':
      return { name: i18n.t('options.words.brands'), hint: i18n.t('options.words.brandsHint') };
    case 'ownBrands':
      return { name: i18n.t('options.words.ownBrands'), hint: i18n.t('options.words.ownBrandsHint') };
    case 'core':
      return { name: i18n.t('options.words.core'), hint: i18n.t('options.words.coreHint') };
    case 'attribute':
      return { name: i18n.t('options.words.attribute'), hint: i18n.t('options.words.attributeHint') };
    case 'scene':
      return { name: i18n.t('options.words.scene'), hint: i18n.t('options.words.sceneHint') };
  }
};

export function WordsSection({ state }: { state: SettingsState }) {
  const words = state.settings.words;
  const setList = (list: ListName, values: string[]) => state.save({ ...state.settings, words: { ...words, [list]: values } });
  return (
    <Section id="words" title={i18n.t('options.words.heading')} testId="words">
      <p style={{ margin: '0 0 8px', color: theme.muted, fontSize: 12 }}>{i18n.t('options.words.intro')}</p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 12 }}>
        {LISTS.map((list) => (
          <WordList key={list} list={list} words={words[list]} onChange={(values) => setList(list, values)} />
        ))}
      </div>
    </Section>
  );
}

function WordList({ list, words, onChange }: { list: ListName; words: string[]; onChange(words: string[]): void }) {
  const id = useId();
  const { name, hint } = label(list);
  return (
    <div data-testid={`words-${list}`}>
      <label htmlFor={id} style={{ fontWeight: 600 }}>
        {name} <span style={{ fontWeight: 400, color: theme.muted }}>({words.length})</span>
      </label>
      <div id={`${id}-hint`} style={{ fontSize: 11, color: theme.muted, margin: '2px 0 4px' }}>
        {hint}
      </div>
      <textarea
        id={id}
        key={words.join('\n')}
        defaultValue={formatWordList(words)}
        onBlur={(e) => {
          const next = parseWordList(e.currentTarget.value);
          if (next.join('\n') !== words.join('\n')) onChange(next);
        }}
        rows={4}
        placeholder={i18n.t('options.words.placeholder')}
        aria-describedby={`${id}-hint`}
        style={{ width: '100%', boxSizing: 'border-box', font: 'inherit', fontSize: 12, resize: 'vertical' }}
      />
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <label style={{ ...linkButton, display: 'inline-block' }}>
          {i18n.t('options.words.import')}
          <input
            type="file"
            accept=".txt,.csv,text/plain,text/csv"
            data-testid={`words-${list}-import`}
            style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) onChange([...new Set([...words, ...parseWordList(await file.text())])]);
            }}
          />
        </label>
        <button type="button" style={linkButton} disabled={words.length === 0} onClick={() => saveFile(`shoplint-${list}.txt`, formatWordList(words) + '\n', 'text/plain;charset=utf-8')}>
          {i18n.t('options.words.export')}
        </button>
      </div>
    </div>
  );
}
