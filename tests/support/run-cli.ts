import { main } from '../../src/cli/main.js';
import { testBrowserPath } from './browser.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `colophon …` in-process with captured output (the bin script is a two-line wrapper around main). */
export async function runCli(args: string[], environment: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    environment: { PUPPETEER_EXECUTABLE_PATH: testBrowserPath(), ...environment },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}
