// Chromium with the built extension loaded: shared by the end-to-end tests and `npm start`.
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../.output/chrome-mv3');

/** Debian's Chromium (what the tests use), else an installed Chrome or Edge; SHOPLINT_CHROMIUM overrides. */
export function findChromium(): string {
  const candidates = [
    process.env.SHOPLINT_CHROMIUM,
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/microsoft-edge',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('no Chromium, Chrome or Edge found: install chromium (apt-get install chromium chromium-l10n) or set SHOPLINT_CHROMIUM');
  return found;
}

export interface LaunchOptions {
  /** Chromium on Linux takes its UI language (and so browser.i18n's) from LANGUAGE, not --lang. */
  language?: 'zh_CN' | 'en';
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
}

export async function launchWithExtension({ language = 'zh_CN', headless = true, viewport = { width: 1280, height: 900 } }: LaunchOptions = {}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION_PATH}: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'shoplint-'));
  const zh = language === 'zh_CN';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    locale: zh ? 'zh-CN' : 'en-US',
    viewport,
    env: { ...process.env, LANGUAGE: language, LANG: zh ? 'zh_CN.UTF-8' : 'en_US.UTF-8' },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${zh ? 'zh-CN' : 'en-US'}`,
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return new URL(worker.url()).host;
}
