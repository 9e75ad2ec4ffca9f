// The README's permissions table is what the built manifests ask for, in both packages: the API
// permissions, every site a content script runs on, and the file pages may load. A seller (or a store
// reviewer) reads the table; the browser reads the manifest.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: (string | { resources: string[]; matches: string[] })[];
}

const built = (dir: string) => JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Manifest;

/** The backticked names in the first column of the README's "Permissions 权限" table, by kind. */
function readmeTable() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Permissions'));
  if (!section) throw new Error('README.md has no "## Permissions" section');
  const firstCells = section.split('\n').filter((line) => /^\| (?!-)/.test(line)).slice(1).map((line) => line.split('|')[1]!);
  const names = firstCells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  return {
    permissions: names.filter((name) => /^\w+$/.test(name)).sort(),
    // A site two features share may appear in both rows.
    sites: [...new Set(names.filter((name) => name.includes('/')))].sort(),
    files: names.filter((name) => /^[\w-]+\.js$/.test(name)).sort(),
  };
}

describe("the README's permissions table", () => {
  const table = readmeTable();

  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    it(`is what .output/${dir}/manifest.json asks for`, () => {
      const manifest = built(dir);
      expect(table.permissions).toEqual([...(manifest.permissions ?? [])].sort());
      const sites = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches)].map((match) => match.replace(/^https:\/\//, ''));
      expect(table.sites).toEqual([...new Set(sites)].sort());
      expect(manifest.optional_permissions).toBeUndefined();
      const files = (manifest.web_accessible_resources ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.resources));
      expect(table.files).toEqual(files.sort());
    });
  }
});
