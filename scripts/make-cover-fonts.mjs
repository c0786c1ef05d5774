// Writes assets/cover-fonts/: the Source Serif 4 faces the EPUB cover is set in, as TrueType files that resvg
// (which reads TTF/OTF, not WOFF2) loads when it rasterizes the cover in Node. They are the very WOFF2 files
// the web page, the EPUB and the print edition embed (@fontsource/source-serif-4), decompressed with wawoff2:
// same glyphs, same metrics. Run after upgrading @fontsource/source-serif-4 (tests/epub/cover-fonts.test.ts
// fails until then); the output is deterministic.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import wawoff2 from 'wawoff2';

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('@fontsource/source-serif-4/LICENSE'));
const target = join(dirname(dirname(new URL(import.meta.url).pathname)), 'assets', 'cover-fonts');

/** The cover's faces: regular (standfirst) and bold (title, publisher); Latin first, the other subsets as fallbacks. */
const COVER_FONT_FILES = ['latin', 'latin-ext', 'greek', 'cyrillic', 'cyrillic-ext', 'vietnamese'].flatMap((subset) =>
  [400, 700].map((weight) => `source-serif-4-${subset}-${weight}-normal`),
);

mkdirSync(target, { recursive: true });
for (const name of COVER_FONT_FILES) {
  const ttf = await wawoff2.decompress(readFileSync(join(source, 'files', `${name}.woff2`)));
  writeFileSync(join(target, `${name}.ttf`), ttf);
}
copyFileSync(join(source, 'LICENSE'), join(target, 'OFL.txt'));
