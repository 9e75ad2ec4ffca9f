// Firefox with the built extension (.output/firefox-mv2) installed as a temporary add-on, driven over
// WebDriver BiDi by puppeteer-core (which downloads no browser): Debian's firefox-esr with its zh-CN
// language pack, fixture pages answered at their real URLs, every other request blocked and recorded.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIXTURES, ROUTES } from './fixtures/site';

export const FIREFOX_EXTENSION_PATH = resolve(import.meta.dirname, '../.output/firefox-mv2');

/** Debian's firefox-esr (what the tests use), else an installed Firefox; SHOPLINT_FIREFOX overrides. */
export function findFirefox(): string | undefined {
  const candidates = [process.env.SHOPLINT_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox', 'C:\\Program Files\\Mozilla Firefox\\firefox.exe'];
  return candidates.find((path) => path && existsSync(path));
}

/** The add-on id the Firefox build declares (browser_specific_settings.gecko.id). */
function addonId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_PATH, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return manifest.browser_specific_settings.gecko.id;
}

/** The moz-extension:// host of the add-on, pinned so the test can open its pages. */
const EXTENSION_UUID = '5b0f6c2e-2d1a-4c4b-9a51-0c5a7f5e1d23';

export interface FirefoxWithExtension {
  /** A new tab whose requests are answered from the fixtures (ROUTES) and otherwise blocked into `unserved`. */
  newPage(): Promise<Page>;
  /** Opens the popup page in a new tab. */
  openPopup(): Promise<Page>;
  /** Every request no fixture answered (there is no network). */
  unserved: string[];
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_PATH, 'manifest.json'))) throw new Error(`no built extension at ${FIREFOX_EXTENSION_PATH}: run npm run build first`);
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('no Firefox found: install firefox-esr (apt-get install firefox-esr firefox-esr-l10n-zh-cn) or set SHOPLINT_FIREFOX');
  const id = addonId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    // Lets the remote protocol into moz-extension:// pages (the popup).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // The UI language, and so browser.i18n's: the zh-CN language pack (firefox-esr-l10n-zh-cn).
      'intl.locale.requested': 'zh-CN',
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
    },
  });
  const unserved: string[] = [];
  const bodies = new Map<string, Buffer>();
  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(https?|wss?):/.test(url)) return void request.continue();
      const hit = ROUTES.find((route) => route.url.test(url));
      if (!hit) {
        unserved.push(url);
        return void request.abort();
      }
      let body = bodies.get(hit.file);
      if (!body) bodies.set(hit.file, (body = readFileSync(join(FIXTURES, hit.file))));
      return void request.respond({ status: 200, contentType: hit.type, body });
    });
    return page;
  }
  try {
    if ((await browser.installExtension(FIREFOX_EXTENSION_PATH)) !== id) throw new Error(`the add-on installed under another id than ${id}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    newPage,
    unserved,
    async openPopup() {
      const page = await newPage();
      // Navigating to a moz-extension: page never reports its load to the remote protocol: start the
      // navigation without waiting, and let the test wait for what the page shows.
      await bidi(browser).send('browsingContext.navigate', { context: frameContext(page), url: `moz-extension://${EXTENSION_UUID}/popup.html`, wait: 'none' });
      return page;
    },
    close: () => browser.close(),
  };
}

/** The WebDriver BiDi browsing-context id of `page`'s main frame. */
function frameContext(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** The parts of a WebDriver BiDi script result read here (w3c.github.io/webdriver-bidi, script.EvaluateResult). */
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
type ScriptResult = { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };

/** Raw WebDriver BiDi commands on puppeteer's own connection to Firefox (its BiDi Browser has one). */
function bidi(browser: Browser): { send(method: string, params: object): Promise<{ result: unknown }> } {
  return (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
}

async function callFunction(page: Page, params: object): Promise<RemoteValue> {
  const { result } = (await bidi(page.browser()).send('script.callFunction', { target: { context: frameContext(page) }, awaitPromise: false, resultOwnership: 'none', ...params })) as { result: ScriptResult };
  if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
  return result.result;
}

/**
 * Runs `read(root)` in the page on the closed shadow root of the first `host` element (an open one
 * fails) and returns its result, which comes back as JSON; undefined while there is no such element.
 * WebDriver BiDi serialises an element's shadow root, closed ones included, when asked for
 * `includeShadowTree: 'all'`, and takes that root back as an argument: the test reads what ships
 * without opening the roots. Every read of ShopLint's UI in Firefox goes through here.
 */
export async function inShadowRoot<T>(page: Page, host: string, read: (root: ShadowRoot) => T): Promise<T | undefined> {
  const element = await callFunction(page, {
    functionDeclaration: '(selector) => document.querySelector(selector)',
    arguments: [{ type: 'string', value: host }],
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadowRoot = element.type === 'node' ? (element.value as { shadowRoot?: RemoteValue | null }).shadowRoot : undefined;
  if (!shadowRoot?.sharedId) return undefined;
  // What ships is closed (components/shadow-mode.ts): an open root here is a regression, not a convenience.
  const { mode } = shadowRoot.value as { mode: string };
  if (mode !== 'closed') throw new Error(`${host}'s shadow root is ${mode}: every UI ShopLint puts in a page ships closed`);
  const json = await callFunction(page, {
    functionDeclaration: `(root) => JSON.stringify((${read.toString()})(root) ?? null)`,
    arguments: [{ sharedId: shadowRoot.sharedId }],
  });
  return typeof json.value === 'string' ? (JSON.parse(json.value) as T) : undefined;
}
