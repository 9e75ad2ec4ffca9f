// Runs the CLI in-process with captured output, for the command tests. `files`, when given, are the
// only files the CLI can read (by the path it is given), so a test's inputs need not touch the disk.
import { main, processIo } from './main';
import { InputError } from '../lib/tables/errors';

export async function runCli(
  args: string[],
  stdin = '',
  files?: Record<string, string | Uint8Array>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    ...processIo,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => new TextEncoder().encode(stdin),
    ...(files && {
      async readFile(path: string) {
        const content = files[path];
        if (content === undefined) throw new InputError('no such file', { file: path });
        return typeof content === 'string' ? new TextEncoder().encode(content) : content;
      },
    }),
  });
  return { code, stdout, stderr };
}
