// Runs the CLI in-process with captured output, for the command tests.
import { main, processIo } from './main';

export async function runCli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    ...processIo,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => new TextEncoder().encode(stdin),
  });
  return { code, stdout, stderr };
}
