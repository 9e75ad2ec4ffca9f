// The shipped word bank's automaton, built ahead with the CLI (scripts/build-cli.mjs writes it beside
// dist/cli/main.js): a run loads it instead of compiling ~14k patterns, which was ~60 ms of a one-title
// lint. Nothing else here: --help must not load the lexicons.
import { readFileSync } from 'node:fs';
import { registerAutomata } from '../lib/matcher/aho-corasick';

export const AUTOMATA_FILE = new URL('./automata.bin', import.meta.url);

/** Registers the automata built ahead, when there are (none when run from the sources). */
export function loadAutomataAhead(file: URL = AUTOMATA_FILE): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  registerAutomata(bytes);
}
