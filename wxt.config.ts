import { defineConfig } from 'wxt';

/**
 * The newest web-platform features the extension relies on, where it uses each, and the key of MDN's
 * browser-compat-data entry that dates it: the minimum versions in the manifest are the newest of
 * these (test/unit/manifest.test.ts checks the versions against MDN's data and the uses against the
 * sources). The build's syntax (es2022, below) and the other APIs the code calls are older.
 */
export const BROWSER_FEATURES = [
  { bcd: 'css.selectors.has', usedIn: 'entrypoints/list.content/style.ts', marker: ':has(', chrome: 105, firefox: 121, firefoxAndroid: 121 },
  { bcd: 'javascript.builtins.Intl.Segmenter', usedIn: 'lib/text/segment.ts', marker: 'new Intl.Segmenter(', chrome: 87, firefox: 125, firefoxAndroid: 125 },
  { bcd: 'api.Worker.Worker.ecmascript_modules', usedIn: 'entrypoints/popup/import-client.ts', marker: "type: 'module'", chrome: 80, firefox: 114, firefoxAndroid: 114 },
  { bcd: 'webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions', usedIn: 'wxt.config.ts', marker: 'data_collection_permissions:', firefox: 140, firefoxAndroid: 142 },
] as const;

// Host permissions are exactly the seller and product pages the content scripts serve (CONTRACTS.md §3).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // notifications: one desktop notice when shipments become overdue (lib/shop/overdue.ts).
    permissions: ['storage', 'alarms', 'notifications'],
    // The listing engine, which the editor content script imports on the editor pages (and only there);
    // the generic page reader, which the critique script imports on a product page of an unknown layout.
    web_accessible_resources: [
      { resources: ['editor-engine.js'], matches: ['https://item.upload.taobao.com/*', 'https://sell.publish.tmall.com/*', 'https://fxg.jinritemai.com/*'] },
      { resources: ['page-fallback.js'], matches: ['https://item.taobao.com/*', 'https://detail.tmall.com/*', 'https://haohuo.jinritemai.com/*'] },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox asks every extension to declare what it collects: nothing leaves the browser. The
        // minimum versions here and below: the oldest browsers with all of BROWSER_FEATURES.
        gecko: { id: 'shoplint@shoplint.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        // Without its own entry Firefox for Android would take gecko's, older than the declaration above there.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
    ...(browser !== 'firefox' && { minimum_chrome_version: '105' }),
  }),
  // AMO reviewers rebuild the Firefox zip from the sources zip (README "Install"): the
  // screenshots are not part of the build, nor the CLI compiled ahead (dist/, npm run build:cli).
  zip: { excludeSources: ['docs/screenshots/**', 'dist/**'] },
  // The popup's import worker (entrypoints/popup/import.worker.ts) loads the spreadsheet readers
  // (lib/tables/xlsx.ts, SheetJS for .xls) on demand, which needs ES-module worker chunks.
  vite: () => ({ build: { target: 'es2022' }, worker: { format: 'es' } }),
});
