import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { pdfinfo, pdftotext } from '../support/poppler.js';
import { type BookFixture, writeBookFixture } from './book-fixture.js';

describe('colophon build book/ --recto-chapters', () => {
  let fixture: BookFixture | undefined;
  afterAll(async () => {
    if (fixture) await rm(fixture.folder, { recursive: true, force: true });
  });

  // Mutation checked: without `rectoChapters` in run-build.ts's printOptions (the flag not passed on), chapters open on even pages and this fails.
  it('opens every chapter of the PDF on an odd page', async () => {
    fixture = await writeBookFixture({ chapters: 8 });
    const out = join(fixture.folder, 'out');
    const run = await runCli(['build', fixture.folder, '--formats', 'pdf', '--no-audit', '--recto-chapters', '--out', out, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [slug] = readdirSync(out);
    const pdf = join(out, slug!, `${slug}.pdf`);
    const count = Number((await pdfinfo(pdf))['Pages']);
    const openings = new Map<string, number>();
    for (let page = 1; page <= count; page += 1) {
      const lines = (await pdftotext(pdf, { firstPage: page, lastPage: page })).split('\n').map((line) => line.trim()).filter(Boolean);
      // A division's page: its running head (on a right-hand page, its own title), then its heading; not a contents page (a number follows there).
      if (lines[1] && fixture.chapterTitles.includes(lines[1]) && !/^\d+$/.test(lines[2] ?? '') && !openings.has(lines[1])) openings.set(lines[1], page);
    }
    expect([...openings.keys()]).toEqual(fixture.chapterTitles);
    expect([...openings.entries()].filter(([, page]) => page % 2 === 0)).toEqual([]);
  }, 300_000);
});
