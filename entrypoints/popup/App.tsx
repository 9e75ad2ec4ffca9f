import { i18n } from '#i18n';

export function App() {
  return <main style={{ width: 360, padding: 12, fontFamily: 'system-ui, sans-serif' }}>{i18n.t('popup.title')}</main>;
}
