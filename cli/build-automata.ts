// Run by scripts/build-cli.mjs after bundling: writes the automata cli/automata.ts loads.
import { writeFileSync } from 'node:fs';
import { wordBank } from '../lib/lexicon/bank';
import { encodeAutomata } from '../lib/matcher/aho-corasick';

export function writeAutomata(file: string): void {
  writeFileSync(file, encodeAutomata([wordBank().matcher]));
}
