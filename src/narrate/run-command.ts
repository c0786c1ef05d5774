import { spawn } from 'node:child_process';
import { ColophonError } from '../errors.js';

export interface CommandRun {
  /** Written to the command's stdin (then closed); nothing when absent. */
  stdin?: string | Uint8Array;
  /** Milliseconds before the command is killed. */
  timeoutMs: number;
  /** Says what the command was for, in error messages (`the speech engine`, `the MP3 encoder`). */
  purpose: string;
  /** What to install when the program is missing. */
  installHint: string;
}

/** Runs argv without a shell and returns its stdout; a missing program, a failure or a time-out is a NARRATION_FAILED error. */
export function runCommand(argv: readonly string[], run: CommandRun): Promise<Uint8Array> {
  const [program, ...args] = argv as [string, ...string[]];
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { shell: false, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), run.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    // A command that exits without reading its stdin closes the pipe: that is its business, not an error here.
    child.stdin.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const missing = error.code === 'ENOENT';
      reject(
        new ColophonError('NARRATION_FAILED', missing ? `${capitalised(run.purpose)} "${program}" is not installed.` : `${capitalised(run.purpose)} "${program}" could not be started: ${error.message}`, {
          hint: missing ? run.installHint : 'Check the command and its permissions.',
        }),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(new Uint8Array(Buffer.concat(stdout)));
      const how = signal === 'SIGKILL' ? `was stopped after ${run.timeoutMs / 1000} s` : `failed (exit ${code ?? signal})`;
      reject(new ColophonError('NARRATION_FAILED', `${capitalised(run.purpose)} "${program}" ${how}${stderr.trim() ? `: ${stderr.trim()}` : ''}.`, { hint: 'Run the command by hand on a short text to see what it needs.' }));
    });
    child.stdin.end(run.stdin ?? '');
  });
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
