import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matchesGolden } from './pipeline.js';

const work = mkdtempSync(join(tmpdir(), 'colophon-golden-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('matchesGolden: no test writes its own expectation', () => {
  // Mutation checked: restoring `|| !existsSync(goldenPath)` in the write condition of matchesGolden
  // (tests/support/pipeline.ts) makes this fail: the file is written and the call returns.
  it('a missing golden file fails with how to make it deliberately, and is not created', () => {
    const golden = join(work, 'missing.html');
    expect(() => matchesGolden('<p>output</p>\n', golden, {})).toThrow(/golden file .*missing\.html is missing.*UPDATE_GOLDEN=1/);
    expect(existsSync(golden)).toBe(false);
  });

  // Mutation checked: dropping the `UPDATE_GOLDEN` branch makes this fail (the golden stays the old text).
  it('UPDATE_GOLDEN=1 rewrites it from the output', () => {
    const golden = join(work, 'updated.html');
    writeFileSync(golden, 'old\n');
    expect(matchesGolden('new\n', golden, { UPDATE_GOLDEN: '1' })).toEqual({ expected: 'new\n', actual: 'new\n' });
    expect(readFileSync(golden, 'utf8')).toBe('new\n');
  });

  it('an existing golden is read, never rewritten, and a difference shows', () => {
    const golden = join(work, 'kept.html');
    writeFileSync(golden, 'expected\n');
    expect(matchesGolden('changed\n', golden, {})).toEqual({ expected: 'expected\n', actual: 'changed\n' });
    expect(readFileSync(golden, 'utf8')).toBe('expected\n');
  });
});
