import { Command, CommanderError } from 'commander';
import { isColophonError } from '../errors.js';
import { COLOPHON_VERSION } from '../version.js';
import { registerAuditCommand } from './audit-command.js';
import { registerBuildCommand } from './build-command.js';
import { type ShutdownSignals, processSignals, registerServeCommand } from './serve-command.js';
import { registerWorkerCommand } from './worker-command.js';
import { EXIT_PASSED, EXIT_TOOL_FAILED } from './exit-codes.js';
import type { Io } from './io.js';

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  environment: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
};

/** The `colophon` command. Returns the exit code: 0 passed, 2 audit failed, 1 tool failed. */
export async function main(argv: readonly string[], io: Io = processIo, signals: ShutdownSignals = processSignals): Promise<number> {
  let exitCode = EXIT_PASSED;
  const setExitCode = (code: number) => void (exitCode = code);
  const program = new Command('colophon')
    .description('Publish an article accessibly: sanitized HTML, EPUB 3 and print PDF, audited.')
    .version(COLOPHON_VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerBuildCommand(program, io, setExitCode);
  registerAuditCommand(program, io, setExitCode);
  registerServeCommand(program, io, signals);
  registerWorkerCommand(program, io, signals);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_PASSED : EXIT_TOOL_FAILED;
  }
  if (isColophonError(error)) {
    io.stderr(`colophon: ${error.message} [${error.code}]\n  hint: ${error.hint}\n`);
    return EXIT_TOOL_FAILED;
  }
  io.stderr(`colophon: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n  hint: this is a bug in Colophon; please report it with the input that caused it.\n`);
  return EXIT_TOOL_FAILED;
}
