import { execFile } from 'node:child_process';

/**
 * External tools some tests need. Outside CI, a missing one makes the test a marked skip with the reason;
 * in CI (`CI` set, as GitHub Actions and .ci/run do), where scripts/install-system-deps.sh installs them all,
 * a missing one fails the test: a skip there would hide a check that is meant to run.
 */

/** What a test context must offer (vitest's `TestContext`). */
export interface SkippableContext {
  skip(note?: string): never;
}

export interface ToolCheck {
  /** The tool's name, as the message says it. */
  name: string;
  /** Whether it is here. */
  available: boolean;
  /** How to get it (a Debian package, a folder). */
  install: string;
}

/** True when the environment says this is a CI run (any non-empty `CI` other than "false"/"0"). */
export function isCi(environment: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const value = environment['CI'];
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/**
 * Does nothing when the tool is available. Otherwise: in CI, throws (the test fails);
 * elsewhere, `context.skip(reason)` (the test is reported as skipped, with the reason).
 */
export function requireTool(context: SkippableContext, tool: ToolCheck, environment: Readonly<Record<string, string | undefined>> = process.env): void {
  if (tool.available) return;
  const reason = `${tool.name} is not available (${tool.install})`;
  if (isCi(environment)) throw new Error(`${reason}: CI is meant to have it, so this test fails rather than skip (scripts/install-system-deps.sh with CI set installs it).`);
  context.skip(`${reason}: skipped.`);
}

/** Whether `command args…` starts and exits with 0 (e.g. `weasyprint --version`). */
export function commandWorks(command: string, args: readonly string[] = ['--version']): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(command, [...args], { timeout: 60_000 }, (error) => resolve(!error));
  });
}
