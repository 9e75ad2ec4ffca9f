// Multi-pattern matcher: one pass over the text finds every occurrence of every pattern.
//
// Written here rather than taken from npm because it measurably beats the packages (npm run bench:
// ahocorasick, @monyone/aho-corasick, modern-ahocorasick), for two reasons that fit our text:
// - a 64K-entry character-class table sends every character that occurs in no pattern (most of a
//   Chinese description) straight back to the root without touching the automaton;
// - the root row is a dense array and deeper states keep their few children in flat typed arrays,
//   so the hot loop does no Map or object lookups and allocates nothing.

export interface Match {
  /** Index of the pattern in the array given to the constructor. */
  pattern: number;
  start: number;
  end: number;
}

/** The automaton's tables: what a build ahead stores and a later run loads instead of compiling. */
interface Tables {
  charClass: Uint16Array;
  rootNext: Int32Array;
  childStart: Int32Array;
  childClass: Uint16Array;
  childState: Int32Array;
  fail: Int32Array;
  /** Pattern ending exactly at the state, or -1. */
  output: Int32Array;
  /** Nearest state on the failure chain that has an output, or 0. */
  dictLink: Int32Array;
  lengths: Int32Array;
}

const TABLES = ['charClass', 'rootNext', 'childStart', 'childClass', 'childState', 'fail', 'output', 'dictLink', 'lengths'] as const;

/** Automata built ahead, by the fingerprint of their patterns (registerAutomata). */
const ahead = new Map<number, Tables>();

export class AhoCorasick {
  /** Of the patterns it was built for: a run loads tables built ahead only for the same patterns. */
  readonly fingerprint: number;
  private readonly tables: Tables;

  constructor(patterns: readonly string[]) {
    this.fingerprint = fingerprint(patterns);
    const built = ahead.get(this.fingerprint);
    this.tables = built && built.lengths.length === patterns.length && built.lengths.every((n, i) => n === patterns[i]!.length) ? built : compile(patterns);
  }

  /**
   * Calls `onMatch(pattern, start, end)` for every occurrence, in order of end offset.
   * A pattern given twice is reported under its first index.
   */
  search(text: string, onMatch: (pattern: number, start: number, end: number) => void): void {
    const { charClass, rootNext, childStart, childClass, childState, fail, output, dictLink, lengths } = this.tables;
    let state = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const cls = charClass[text.charCodeAt(i)]!;
      if (cls === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        if (state === 0) {
          state = rootNext[cls]!;
          break;
        }
        let lo = childStart[state]!;
        let hi = childStart[state + 1]!;
        // Children are sorted by class: a long list is halved down to a short one, which is scanned.
        while (hi - lo > 8) {
          const mid = (lo + hi) >> 1;
          if (childClass[mid]! < cls) lo = mid + 1;
          else hi = mid + 1;
        }
        let next = -1;
        for (let k = lo; k < hi; k++)
          if (childClass[k] === cls) {
            next = childState[k]!;
            break;
          }
        if (next >= 0) {
          state = next;
          break;
        }
        state = fail[state]!;
      }
      let hit = output[state]! >= 0 ? state : dictLink[state]!;
      while (hit !== 0) {
        const pattern = output[hit]!;
        onMatch(pattern, i + 1 - lengths[pattern]!, i + 1);
        hit = dictLink[hit]!;
      }
    }
  }

  findAll(text: string): Match[] {
    const matches: Match[] = [];
    this.search(text, (pattern, start, end) => matches.push({ pattern, start, end }));
    return matches;
  }
}

function compile(patterns: readonly string[]): Tables {
  const charClass = new Uint16Array(0x10000);
  let classes = 0;
  for (const p of patterns)
    for (let i = 0; i < p.length; i++) {
      const code = p.charCodeAt(i);
      if (charClass[code] === 0) charClass[code] = ++classes;
    }

  // Build the trie with Maps, then flatten it.
  const children: Map<number, number>[] = [new Map()];
  const outputOf: number[] = [-1];
  const lengths = new Int32Array(patterns.length);
  patterns.forEach((p, index) => {
    lengths[index] = p.length;
    if (p.length === 0) return;
    let state = 0;
    for (let i = 0; i < p.length; i++) {
      const cls = charClass[p.charCodeAt(i)]!;
      let next = children[state]!.get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputOf.push(-1);
        children[state]!.set(cls, next);
      }
      state = next;
    }
    if (outputOf[state] === -1) outputOf[state] = index;
  });

  const count = children.length;
  const rootNext = new Int32Array(classes + 1);
  for (const [cls, next] of children[0]!) rootNext[cls] = next;
  const childStart = new Int32Array(count + 1);
  let total = 0;
  for (let s = 0; s < count; s++) {
    childStart[s] = total;
    if (s !== 0) total += children[s]!.size;
  }
  childStart[count] = total;
  const childClass = new Uint16Array(total);
  const childState = new Int32Array(total);
  for (let s = 1; s < count; s++) {
    let k = childStart[s]!;
    // Sorted by class, so that search can halve a long list (a first character may have a hundred continuations).
    const sorted = children[s]!.size > 1 ? [...children[s]!].sort((x, y) => x[0] - y[0]) : children[s]!;
    for (const [cls, next] of sorted) {
      childClass[k] = cls;
      childState[k++] = next;
    }
  }

  // Failure and dictionary links, breadth first.
  const fail = new Int32Array(count);
  const output = Int32Array.from(outputOf);
  const dictLink = new Int32Array(count);
  /** Child of `state` on class `cls`, or -1 (the root answers 0 for "stay at root"). */
  const step = (state: number, cls: number): number => {
    if (state === 0) return rootNext[cls]!;
    for (let k = childStart[state]!, end = childStart[state + 1]!; k < end; k++) if (childClass[k] === cls) return childState[k]!;
    return -1;
  };
  const queue: number[] = [...children[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (const [cls, next] of children[s]!) {
      let f = fail[s]!;
      let target = 0;
      for (;;) {
        const t = step(f, cls);
        if (t >= 0) { target = t; break; }
        if (f === 0) break;
        f = fail[f]!;
      }
      fail[next] = target;
      dictLink[next] = output[target]! >= 0 ? target : dictLink[target]!;
      queue.push(next);
    }
  }
  return { charClass, rootNext, childStart, childClass, childState, fail, output, dictLink, lengths };
}

/** FNV-1a over the patterns and their separators. */
function fingerprint(patterns: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) h = Math.imul(h ^ p.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193);
  }
  return h >>> 0;
}

const MAGIC = 0x53_4c_41_43; // "SLAC", and the format's version after it
// 2: children sorted by class (search halves long lists); tables of version 1 are not sorted.
const VERSION = 2;

/** Automata as bytes for registerAutomata (the CLI's build writes the shipped word bank's). */
export function encodeAutomata(automata: readonly AhoCorasick[]): Uint8Array {
  const words: number[] = [MAGIC, VERSION, automata.length];
  const chunks: Uint8Array[] = [];
  let size = (3 + automata.length * (1 + TABLES.length)) * 4;
  for (const a of automata) {
    words.push(a.fingerprint);
    for (const name of TABLES) {
      const table = a['tables'][name];
      words.push(table.length);
      const bytes = new Uint8Array(table.buffer, table.byteOffset, table.byteLength);
      chunks.push(bytes);
      size += (bytes.length + 3) & ~3;
    }
  }
  const out = new Uint8Array(size);
  new Uint32Array(out.buffer, 0, words.length).set(words);
  let at = words.length * 4;
  for (const bytes of chunks) {
    out.set(bytes, at);
    at += (bytes.length + 3) & ~3;
  }
  return out;
}

/** Makes automata built ahead available to `new AhoCorasick` of the same patterns. False (and nothing
 *  registered) for bytes of another format or version: the run then compiles, only slower. */
export function registerAutomata(bytes: Uint8Array): boolean {
  const copy = new Uint8Array(bytes); // aligned, and not a view of a pooled Buffer
  const header = new Uint32Array(copy.buffer, 0, Math.min(3, copy.length >> 2));
  if (header[0] !== MAGIC || header[1] !== VERSION) return false;
  const count = header[2]!;
  const words = new Uint32Array(copy.buffer, 0, 3 + count * (1 + TABLES.length));
  let at = words.length * 4;
  let w = 3;
  for (let i = 0; i < count; i++) {
    const fingerprint = words[w++]!;
    const tables = {} as Record<(typeof TABLES)[number], Uint16Array | Int32Array>;
    for (const name of TABLES) {
      const length = words[w++]!;
      const wide = name !== 'charClass' && name !== 'childClass';
      tables[name] = wide ? new Int32Array(copy.buffer, at, length) : new Uint16Array(copy.buffer, at, length);
      at += ((wide ? 4 : 2) * length + 3) & ~3;
    }
    ahead.set(fingerprint, tables as unknown as Tables);
  }
  return true;
}
