// Where the project's shared real-world data lives: `shared/` beside the repository (the corpus of real
// titles and the saved DOM of real seller pages, kept outside the repository on purpose — nothing from
// them ships). Found by walking up from the repository root, so it works from a clone, a worktree or CI;
// SHOPLINT_SHARED overrides. A test that needs it fails with this message rather than passing unseen.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

function findShared(): string | undefined {
  if (process.env.SHOPLINT_SHARED) return resolve(process.env.SHOPLINT_SHARED);
  for (let dir = ROOT; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared');
    if (existsSync(join(candidate, 'field', 'EVIDENCE.md'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Absolute path of a file under shared/ (e.g. `corpus/real-titles.jsonl`); throws when shared/ is absent. */
export function sharedPath(relative: string): string {
  const shared = findShared();
  if (!shared) throw new Error(`shared/ (real titles and saved seller pages) not found above ${ROOT}: set SHOPLINT_SHARED to its path`);
  const path = join(shared, relative);
  if (!existsSync(path)) throw new Error(`${path} is missing from shared/`);
  return path;
}
