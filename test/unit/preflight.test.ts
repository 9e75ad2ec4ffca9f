// The README's Quick start installs every browser package the e2e preflight can ask for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { E2E_PACKAGES } from '../preflight';

it("the README's install command is the e2e preflight's package list", () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Command line'));
  expect(quickStart).toContain(`sudo apt-get install -y ${Object.keys(E2E_PACKAGES).join(' ')}`);
});
