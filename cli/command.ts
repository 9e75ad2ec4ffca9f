// The shape of a subcommand and the I/O it gets, so commands can be tested without a process.
import type { ParseArgsConfig } from 'node:util';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
}

export interface Command {
  name: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, string | boolean | string[] | boolean[] | undefined>, positionals: string[], io: Io): Promise<number>;
}

/** Wrong use of the command line: exit 2 with the message. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const FORMAT_OPTION = { format: { type: 'string', default: 'table' } } as const;

export function formatOf(values: Record<string, unknown>): 'json' | 'table' {
  const format = values.format;
  if (format !== 'json' && format !== 'table') throw new UsageError(`--format must be json or table, not "${String(format)}"`);
  return format;
}

/** For commands that also write CSV (Excel-safe, lib/tables/write-csv.ts). */
export function reportFormatOf(values: Record<string, unknown>): 'json' | 'table' | 'csv' {
  return values.format === 'csv' ? 'csv' : formatOf(values);
}

/** A number option: finite and positive unless `allowZero`; quotes the input when it is not. */
export function numberOption(values: Record<string, unknown>, name: string, { integer = false, min }: { integer?: boolean; min?: number } = {}): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  const n = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || (min !== undefined ? n < min : n <= 0))
    throw new UsageError(`--${name} "${text}" is not ${integer ? 'a whole number' : 'a number'} ${min !== undefined ? `of at least ${min}` : 'above 0'}`);
  return n;
}
