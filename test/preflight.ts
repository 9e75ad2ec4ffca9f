// What the end-to-end suites need on this machine, checked before they start: Chromium with its zh-CN
// locale pack (without it Chromium's UI language, and so browser.i18n's, is en-US and the Chinese
// assertions fail on text), CJK fonts, Firefox ESR with its zh-CN language pack. When something is
// missing it stops with one line naming it and the command that installs it.
//   `tsx test/preflight.ts` (the first step of `npm test`) and Playwright's globalSetup run the check;
//   `tsx test/preflight.ts --apt-packages` prints the Debian packages missing (.ci/run installs them).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findChromium } from './launch';
import { findFirefox } from './firefox';

/** The Debian packages the e2e suites use, and what each provides; the README's Quick start installs them all. */
export const E2E_PACKAGES = {
  chromium: 'Chromium',
  'chromium-l10n': "Chromium's zh-CN locale pack",
  'fonts-noto-cjk': 'a CJK font',
  'firefox-esr': 'Firefox ESR',
  'firefox-esr-l10n-zh-cn': "Firefox ESR's zh-CN language pack",
} as const;
type Package = keyof typeof E2E_PACKAGES;

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false; // no fontconfig at all
  }
}

/** The packages whose part is missing here (a Chrome, Edge or other Firefox found instead counts as present). */
export function missingForE2e(): Package[] {
  const missing: Package[] = [];
  let chromium: string | undefined;
  try {
    chromium = findChromium();
  } catch {
    missing.push('chromium');
  }
  // Debian's Chromium keeps its locales in a separate package; Chrome and Edge ship theirs.
  if ((!chromium || chromium === '/usr/bin/chromium') && !existsSync('/usr/lib/chromium/locales/zh-CN.pak')) missing.push('chromium-l10n');
  if (process.platform === 'linux' && !hasCjkFont()) missing.push('fonts-noto-cjk');
  const firefox = findFirefox();
  if (!firefox) missing.push('firefox-esr');
  if ((!firefox || firefox === '/usr/bin/firefox-esr') && !existsSync('/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi')) missing.push('firefox-esr-l10n-zh-cn');
  return missing;
}

export default function preflight(): void {
  const missing = missingForE2e();
  if (!missing.length) return;
  console.error(`e2e tests cannot run: missing ${missing.map((p) => E2E_PACKAGES[p]).join(', ')}. Install with: sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--apt-packages')) console.log(missingForE2e().join(' '));
  else preflight();
}
