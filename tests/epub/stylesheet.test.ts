import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const EPUB_CSS = new URL('../../styles/epub.css', import.meta.url);

/** Declarations only (comments removed). */
async function declarations(): Promise<string> {
  return (await readFile(EPUB_CSS, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '');
}

describe('styles/epub.css leaves reading systems in charge', () => {
  it('sets no colour', async () => {
    const css = await declarations();
    expect(css).not.toMatch(/(^|[\s;{])(color|background(-color)?)\s*:/);
    expect(css).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
  });

  it('sets no absolute font size or line height, and forces nothing', async () => {
    const css = await declarations();
    expect(css).not.toMatch(/font-size\s*:\s*[\d.]+(px|pt|pc|cm|mm|in)/);
    expect(css).not.toMatch(/line-height\s*:\s*[\d.]+(px|pt|pc|cm|mm|in)/);
    expect(css).not.toMatch(/(^|[\s;{])font\s*:/);
    expect(css).not.toContain('!important');
  });

  it('does not style the body, whose margins and font belong to the reading system', async () => {
    expect(await declarations()).not.toMatch(/(^|[\s,}])(html|body)\s*[{,]/);
  });
});
