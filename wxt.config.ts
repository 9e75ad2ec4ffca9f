import { defineConfig } from 'wxt';

// Host permissions are exactly the seller and product pages the content scripts serve (CONTRACTS.md §3).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // notifications: one desktop notice when shipments become overdue (lib/shop/overdue.ts).
    permissions: ['storage', 'alarms', 'notifications'],
    // The listing engine, which the editor content script imports on the editor pages (and only there).
    web_accessible_resources: [{ resources: ['editor-engine.js'], matches: ['https://item.upload.taobao.com/*', 'https://sell.publish.tmall.com/*', 'https://fxg.jinritemai.com/*'] }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox asks every extension to declare what it collects: nothing leaves the browser.
        gecko: { id: 'shoplint@shoplint.local', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  // The popup's import worker (entrypoints/popup/import.worker.ts) loads the spreadsheet readers
  // (lib/tables/xlsx.ts, SheetJS for .xls) on demand, which needs ES-module worker chunks.
  vite: () => ({ build: { target: 'es2022' }, worker: { format: 'es' } }),
});
