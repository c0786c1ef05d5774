import { describe, expect, it } from 'vitest';
import { commandWorks, isCi, requireTool, type SkippableContext } from './require-tool.js';

/** A stand-in for vitest's context: records the skip and stops like vitest's does. */
function recordingContext(): SkippableContext & { skipped?: string } {
  const context: SkippableContext & { skipped?: string } = {
    skip(note?: string): never {
      context.skipped = note ?? '';
      throw new Error('skipped');
    },
  };
  return context;
}

const MISSING = { name: 'no-such-tool', available: false, install: 'Debian package no-such-tool' };

describe('requireTool: no silent skip', () => {
  it('does nothing when the tool is there', () => {
    const context = recordingContext();
    requireTool(context, { ...MISSING, available: true }, { CI: 'true' });
    expect(context.skipped).toBeUndefined();
  });

  // Mutation checked: replacing the `throw` under `isCi(environment)` with a skip makes this fail.
  it('in CI a missing tool fails the test, naming the tool and how to install it', () => {
    const context = recordingContext();
    expect(() => requireTool(context, MISSING, { CI: 'true' })).toThrow(/no-such-tool is not available \(Debian package no-such-tool\): CI is meant to have it/);
    expect(context.skipped).toBeUndefined();
  });

  // Mutation checked: removing `context.skip(...)` makes this fail (the call would return as if the tool were there).
  it('outside CI a missing tool is a marked skip with the reason', () => {
    const context = recordingContext();
    expect(() => requireTool(context, MISSING, {})).toThrow('skipped');
    expect(context.skipped).toBe('no-such-tool is not available (Debian package no-such-tool): skipped.');
  });

  it('reads CI as CI services set it', () => {
    expect([isCi({ CI: 'true' }), isCi({ CI: '1' }), isCi({})]).toEqual([true, true, false]);
    expect([isCi({ CI: '' }), isCi({ CI: 'false' }), isCi({ CI: '0' })]).toEqual([false, false, false]);
  });

  it('commandWorks tells a command that runs from one that does not exist', async () => {
    expect(await commandWorks(process.execPath, ['--version'])).toBe(true);
    expect(await commandWorks('colophon-no-such-command-here')).toBe(false);
  });
});
