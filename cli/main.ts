// cli/: `shoplint`, the command line over the same lib/ code the extension runs (CONTRACTS.md §1).
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import type { Command, Io } from './command';
import { UsageError } from './command';
import { InputError } from '../lib/tables/errors';
import { commands } from './commands/index';
import { loadAutomataAhead } from './automata';

const HELP = `shoplint — ShopLint 店检 on the command line

Usage: shoplint <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run "shoplint <command> --help" for a command's options.
Exit codes: 0 done, 1 done with error findings, 2 bad input or usage (one line on stderr naming the
file, row and column), 3 internal error (a bug in shoplint, not in the input: one line on stderr).`;

/** Exit codes (CONTRACTS.md §1): 3 is what no input should cause, so a script can tell a bug from a verdict. */
export const EXIT = { done: 0, findings: 1, badInput: 2, internal: 3 } as const;

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (name === '--version') {
    io.stdout('0.1.0\n');
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  let command: Command | undefined;
  try {
    if (!entry) throw new UsageError(`unknown command "${name}" (commands: ${commands.map((c) => c.name).join(', ')})`);
    loadAutomataAhead();
    command = await entry.load();
    const { values, positionals } = parseArgs({
      args: joinNegativeValues(rest, command.options),
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout(command.usage.trim() + '\n');
      return 0;
    }
    return await command.run(values, positionals, io);
  } catch (error) {
    const prefix = `shoplint${entry ? ` ${entry.name}` : ''}`;
    if (error instanceof UsageError || error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${prefix}: ${(error as Error).message.split('\n')[0]}\n`);
      return EXIT.badInput;
    }
    // Anything else is our bug, whatever the input: one line, never a stack trace, and not 1 (findings).
    io.stderr(`${prefix}: internal error: ${firstLine(error)} (please report it with the command and the file)\n`);
    return EXIT.internal;
  }
}

function firstLine(error: unknown): string {
  // A zod error's message is its issues as multi-line JSON: the first issue says it.
  const issue = (error as { issues?: { message: string; path: PropertyKey[] }[] }).issues?.[0];
  const message = issue ? `${issue.path.map(String).join('.')} ${issue.message}`.trim() : error instanceof Error ? error.message : String(error);
  const text = error instanceof Error && error.name !== 'Error' ? `${error.name}: ${message}` : message;
  return text.split('\n')[0]!.slice(0, 300);
}

/**
 * `--price -5` is ambiguous to parseArgs (it reads -5 as an option) and its error does not quote the
 * value; joining it as `--price=-5` lets the command say what is wrong with the number itself.
 */
function joinNegativeValues(args: string[], options: Command['options']): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = /^--([^=]+)$/.exec(args[i]!)?.[1];
    const next = args[i + 1];
    if (name && options[name]?.type === 'string' && next !== undefined && /^-(\d|\.\d)/.test(next)) out.push(`${args[i++]}=${next}`);
    else out.push(args[i]!);
  }
  return out;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  async readFile(path) {
    try {
      return new Uint8Array(await readFile(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`, { file: path });
    }
  },
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  },
};
