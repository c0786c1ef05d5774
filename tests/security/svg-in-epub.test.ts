import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { locateBrowser } from '../../src/config/browser-location.js';
import { publish } from '../../src/publish/publish.js';

const work = mkdtempSync(join(tmpdir(), 'colophon-svg-epub-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every trick of issue #18 item 5 in one drawing, around shapes that must survive. */
// (A processing instruction or a DOCTYPE with an internal subset before <svg> makes sniffImageType refuse the file
// as no image at all; the sanitizer's handling of those is in tests/sanitize/svg-namespaces.test.ts.)
const HOSTILE_SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xl="http://www.w3.org/1999/xlink" width="40" height="20" viewBox="0 0 40 20" xml:base="http://127.0.0.1:9/">
  <style>@import url(http://127.0.0.1:9/import.css);</style>
  <image xl:href="http://127.0.0.1:9/prefixed.png" width="1" height="1"/>
  <rect width="20" height="20" fill="#357" style="fill:u\\72l(http://127.0.0.1:9/escaped)"/>
  <rect x="20" width="20" height="20" fill="#753" style="stroke:u/**/rl(http://127.0.0.1:9/comment);fill:image-set('http://127.0.0.1:9/set.png' 1x)"/>
  <use xl:href="javascript:alert(1)"/>
  <x:script xmlns:x="http://www.w3.org/1999/xhtml">fetch('http://127.0.0.1:9/script')</x:script>
</svg>`;

describe('an SVG image in an EPUB reaches nothing outside itself', () => {
  it('a Markdown article’s hostile SVG is written into the EPUB without any remote reference', async () => {
    const folder = join(work, 'article');
    mkdirSync(folder);
    writeFileSync(join(folder, 'drawing.svg'), HOSTILE_SVG);
    writeFileSync(join(folder, 'article.md'), '---\ntitle: A drawing\nlanguage: en\n---\n\nA paragraph before the drawing.\n\n![Two coloured squares.](drawing.svg "Two squares. (Drawing: Example)")\n');
    const result = await publish({
      input: join(folder, 'article.md'),
      formats: ['epub'],
      audit: false,
      write: false,
      browser: { executablePath: locateBrowser({ environment: process.env }) },
    });
    const zip = await JSZip.loadAsync(result.outputs.epub?.bytes ?? new Uint8Array());
    const svgs = Object.keys(zip.files).filter((name) => /^OEBPS\/images\/.*\.svg$/.test(name));
    expect(svgs.length).toBeGreaterThan(0);
    const texts = await Promise.all(svgs.map((name) => zip.file(name)?.async('string') ?? ''));
    for (const svg of texts) expect(svg).not.toMatch(/127\.0\.0\.1|javascript:|@import|image-set|<script|<style|xml:base|xml-stylesheet|<!DOCTYPE/i);
    // The drawing itself came through: its squares, without the hostile style attributes.
    expect(texts.some((svg) => svg.includes('<rect width="20" height="20" fill="#357"/>'))).toBe(true);
  });
});
