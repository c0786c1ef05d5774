import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/** `colophon build --narrate` and `--tts-command` end to end, through the command (the library's options are tested beside). */
describe('colophon build --narrate', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'colophon-narrate-cli-'));
    writeFileSync(join(work, 'short.md'), '---\ntitle: A short read\nlanguage: en\ndate: 2026-11-30\n---\n\nThe harbour reopened on Monday. Boats came back the same morning.\n');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function overlaysOf(epubPath: string): Promise<{ smil: string[]; audio: string[]; opf: string }> {
    const zip = await JSZip.loadAsync(readFileSync(epubPath));
    const names = Object.keys(zip.files);
    return { smil: names.filter((name) => name.endsWith('.smil')), audio: names.filter((name) => name.endsWith('.mp3')), opf: (await zip.file('OEBPS/content.opf')?.async('string')) ?? '' };
  }

  it('adds media overlays and their audio to the EPUB', async () => {
    const run = await runCli(['build', join(work, 'short.md'), '--narrate', '--formats', 'epub', '--no-audit', '-o', join(work, 'out'), '-q']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const { smil, audio, opf } = await overlaysOf(join(work, 'out', 'short', 'short.epub'));
    expect(smil.length).toBeGreaterThan(0);
    expect(audio.length).toBeGreaterThan(0);
    expect(opf).toContain('media:active-class');
    expect(opf).toContain('synchronizedAudioText');
  }, 120_000);

  it('runs the engine --tts-command names, without a shell, and says clearly when it fails', async () => {
    // `false` exits 1 at once: the engine failed, and the build says so (it would have run `espeak-ng` without the flag).
    const run = await runCli(['build', join(work, 'short.md'), '--tts-command', 'false {lang}', '--formats', 'epub', '--no-audit', '-o', join(work, 'failed')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[NARRATION_FAILED]');
    expect(run.stderr).toContain('hint:');
  }, 60_000);
});
