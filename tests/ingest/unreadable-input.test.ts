import { describe, expect, it, vi } from 'vitest';

/**
 * Tests run as root here, and root reads a chmod 000 file; so the permission error is simulated
 * by the file system module, for files whose name says "locked".
 */
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    readFile: (async (...args: Parameters<typeof actual.readFile>) => {
      if (String(args[0]).includes('locked')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return actual.readFile(...args);
    }) as typeof actual.readFile,
  };
});

const { readInputFile } = await import('../../src/ingest/read-input-file.js');

describe('a path that cannot be read', () => {
  it('→ INPUT_UNREADABLE with a hint about permissions', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'colophon-')), 'locked.txt');
    writeFileSync(path, 'text');
    await expect(readInputFile(path)).rejects.toMatchObject({ code: 'INPUT_UNREADABLE', hint: expect.stringMatching(/permission/) });
  });
});
