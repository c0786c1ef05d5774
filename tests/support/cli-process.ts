import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testBrowserPath } from './browser.js';

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));

/** `colophon …` in a process of its own (so that a test can SIGKILL it), run from the sources through tsx. */
export function spawnColophon(args: readonly string[]): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: testBrowserPath() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  return Object.assign(child, { output: () => output });
}

/** Resolves when the process has printed `text` (or rejects when it exits first, or after `timeoutMs`). */
export function waitForOutput(child: ReturnType<typeof spawnColophon>, text: string, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${text}" within ${timeoutMs} ms: ${child.output()}`)), timeoutMs);
    const check = () => {
      if (child.output().includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before "${text}": ${child.output()}`));
    });
    check();
  });
}
