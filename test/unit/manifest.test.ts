// The permissions the extension asks for are pinned: a new one must be a conscious change here, in the
// README's permissions table and in the store listing. Checked over wxt.config.ts and the entrypoints'
// sources (unit tests run before the build), and against what the code really calls.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import config, { BROWSER_FEATURES } from '../../wxt.config';

const ROOT = join(import.meta.dirname, '../..');

/** CONTRACTS.md §3: the seller and product pages content scripts may run on. */
const CONTRACT_PAGES = [
  'https://item.upload.taobao.com/sell/*',
  'https://sell.publish.tmall.com/*',
  'https://fxg.jinritemai.com/ffa/g/*',
  'https://item.taobao.com/item.htm*',
  'https://detail.tmall.com/item.htm*',
  'https://haohuo.jinritemai.com/*',
  'https://myseller.taobao.com/*',
  'https://qn.taobao.com/*',
  'https://fxg.jinritemai.com/ffa/morder/*',
  // The whole 抖店 backend: it is one single-page app (EVIDENCE.md), so the editor, list and capture scripts
  // wait on every /ffa/ page and start on their own views only.
  'https://fxg.jinritemai.com/ffa/*',
];

/** Browser APIs that need a manifest permission, and the one they need. */
const NEEDS: Record<string, string> = {
  alarms: 'alarms',
  storage: 'storage',
  notifications: 'notifications',
  downloads: 'downloads',
  tabs: 'tabs',
  scripting: 'scripting',
  cookies: 'cookies',
  history: 'history',
  webRequest: 'webRequest',
  declarativeNetRequest: 'declarativeNetRequest',
  contextMenus: 'contextMenus',
  sidePanel: 'sidePanel',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const code = ['entrypoints', 'extension', 'components'].flatMap((d) => sources(join(ROOT, d))).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

const manifestFor = async (browser: 'chrome' | 'firefox') => {
  const manifest = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Promise<Record<string, unknown>> | Record<string, unknown>;
  return manifest({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });
};

describe('manifest permissions', () => {
  it('are exactly storage, alarms and notifications, with no host or optional permissions', async () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = await manifestFor(browser);
      expect(manifest.permissions, browser).toEqual(['storage', 'alarms', 'notifications']);
      expect(manifest.host_permissions, browser).toBeUndefined();
      expect(manifest.optional_permissions, browser).toBeUndefined();
      expect(manifest.optional_host_permissions, browser).toBeUndefined();
    }
  });

  it('cover every permissioned API the code calls, and each is used', async () => {
    const permissions = (await manifestFor('chrome')).permissions as string[];
    const used = new Set<string>();
    for (const { text } of code) {
      for (const [, api] of text.matchAll(/\b(?:browser|chrome)\.(\w+)/g)) if (NEEDS[api!]) used.add(NEEDS[api!]!);
      // WXT's storage wrapper (#imports / @wxt-dev/storage) is browser.storage underneath.
      if (/import \{[^}]*\bstorage\b[^}]*\} from '(#imports|@wxt-dev\/storage)'/.test(text)) used.add('storage');
    }
    expect([...used].sort()).toEqual([...permissions].sort());
  });

  it('let content scripts run only on the seller and product pages of CONTRACTS.md §3', () => {
    const matches = code.flatMap(({ text }) => [...text.matchAll(/matches:\s*\[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((q) => q[1]!)));
    expect(matches.length).toBeGreaterThan(0);
    // A narrower pattern inside a contract page (myseller.taobao.com/home.htm/*) is within the contract.
    const covers = (page: string, match: string) => new RegExp(`^${page.replace(/[.?+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(match);
    for (const match of matches) expect(CONTRACT_PAGES.some((page) => covers(page, match)), match).toBe(true);
  });

  it('pin each content script\'s pages (the 抖店 backend whole: sellers reach its lists and editor by in-app navigation)', () => {
    const pinned: Record<string, string[]> = {
      'entrypoints/editor.content/index.tsx': ['https://item.upload.taobao.com/sell/*', 'https://sell.publish.tmall.com/*', 'https://fxg.jinritemai.com/ffa/*'],
      'entrypoints/list.content/index.ts': ['https://myseller.taobao.com/home.htm/*', 'https://qn.taobao.com/home.htm/*', 'https://fxg.jinritemai.com/ffa/*'],
      'entrypoints/capture.content/index.ts': ['https://myseller.taobao.com/*', 'https://qn.taobao.com/*', 'https://fxg.jinritemai.com/ffa/*'],
      'entrypoints/critique.content/index.tsx': ['https://item.taobao.com/item.htm*', 'https://detail.tmall.com/item.htm*', 'https://haohuo.jinritemai.com/*'],
    };
    const scripts = Object.fromEntries(
      code.flatMap(({ path, text }) => [...text.matchAll(/matches:\s*\[([^\]]*)\]/g)].map((m) => [path, [...m[1]!.matchAll(/'([^']+)'/g)].map((q) => q[1]!)])),
    );
    expect(scripts).toEqual(pinned);
  });

  it('expose two files to pages: the listing engine on the listing editors\' origins, the generic page reader on the product pages\' origins', async () => {
    const origins = (pages: string[]) => pages.map((page) => `${new URL(page.replace('*', '')).origin}/*`);
    const expected = [
      { resources: ['editor-engine.js'], matches: origins(CONTRACT_PAGES.slice(0, 3)) },
      { resources: ['page-fallback.js'], matches: origins(CONTRACT_PAGES.slice(3, 6)) },
    ];
    expect((await manifestFor('chrome')).web_accessible_resources).toEqual(expected);
    expect((await manifestFor('firefox')).web_accessible_resources).toEqual(expected);
  });

  it('take the version from package.json and ship every icon size', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    const icons = readdirSync(join(ROOT, 'public/icon')).sort();
    expect(icons).toEqual(['128.png', '16.png', '32.png', '48.png', '96.png']);
  });
});

describe('minimum browser versions', () => {
  /** The first version of `browser` that has `key`, as MDN's browser-compat-data records it. */
  const versionAdded = (key: string, browser: 'chrome' | 'firefox' | 'firefox_android') => {
    const entry = key.split('.').reduce<Record<string, unknown> | undefined>((node, part) => node?.[part] as Record<string, unknown> | undefined, bcd as unknown as Record<string, unknown>);
    const support = (entry?.__compat as { support: Record<string, { version_added: string | false } | { version_added: string | false }[]> } | undefined)?.support[browser];
    const added = (Array.isArray(support) ? support[0] : support)?.version_added;
    return typeof added === 'string' ? Number(added) : undefined;
  };

  it('date each feature the code relies on as MDN does, and each is still used where it says', () => {
    for (const feature of BROWSER_FEATURES) {
      expect(readFileSync(join(ROOT, feature.usedIn), 'utf8'), `${feature.bcd} in ${feature.usedIn}`).toContain(feature.marker);
      expect({ chrome: 'chrome' in feature ? feature.chrome : undefined, firefox: feature.firefox, firefoxAndroid: feature.firefoxAndroid }, feature.bcd).toEqual({
        chrome: versionAdded(feature.bcd, 'chrome'),
        firefox: versionAdded(feature.bcd, 'firefox'),
        firefoxAndroid: versionAdded(feature.bcd, 'firefox_android'),
      });
    }
  });

  it('are the newest of those features: minimum_chrome_version, and Firefox desktop and Android', async () => {
    const newest = (pick: (feature: (typeof BROWSER_FEATURES)[number]) => number | undefined) => Math.max(...BROWSER_FEATURES.map((f) => pick(f) ?? 0));
    expect((await manifestFor('chrome')).minimum_chrome_version).toBe(String(newest((f) => ('chrome' in f ? f.chrome : undefined))));
    const firefox = await manifestFor('firefox');
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'shoplint@shoplint.local', strict_min_version: `${newest((f) => f.firefox)}.0`, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: `${newest((f) => f.firefoxAndroid)}.0` },
    });
  });
});
