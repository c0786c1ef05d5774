import type { InMemorySite, SiteFile } from '../browser/in-memory-site.js';
import type { RenderingBrowser } from '../browser/rendering-browser.js';
import { ColophonError } from '../errors.js';
import { escapeXml } from '../markup/escape.js';
import type { ArticleMetadata } from '../model/metadata.js';
import { BODY_FONT_FAMILY, fontFaceCss, loadFontFaces } from '../render/fonts.js';
import { COVER_COLOURS, COVER_HEIGHT, COVER_MARGIN, COVER_WIDTH, type CoverImage, type CoverText, coverTextOf } from './cover-image.js';
import type { EpubLabels } from './labels.js';

const COVER_PAGE_PATH = 'cover.html';

/**
 * Colophon's own cover, set in the book's typeface by Chromium and kept as a PNG: title, standfirst
 * and publisher, as the SVG cover lays them out, but with real line breaking and the embedded fonts.
 * The page runs no script and loads only its fonts from memory; the same input on the same Chromium
 * gives the same bytes.
 */
export async function renderedCover(metadata: ArticleMetadata, labels: EpubLabels, browser: RenderingBrowser): Promise<CoverImage> {
  const text = coverTextOf(metadata, labels);
  const site = await coverSite(text, metadata.language);
  try {
    const png = await browser.withPage({ site, entry: COVER_PAGE_PATH, viewport: { width: COVER_WIDTH, height: COVER_HEIGHT } }, async ({ page, screenshot }) => {
      // The fonts are requested while the page is laid out; wait until they are in use (evaluated through DevTools: the page's own scripts stay off).
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return screenshot({ width: COVER_WIDTH, height: COVER_HEIGHT });
    });
    return { href: 'cover.png', mediaType: 'image/png', bytes: png, alt: text.alt };
  } catch (cause) {
    throw new ColophonError('EPUB_FAILED', 'Chromium could not render the EPUB’s cover.', {
      hint: 'Pass a cover image (`cover`), or build without a browser to get the SVG cover.',
      cause,
    });
  }
}

async function coverSite(text: CoverText, language: string): Promise<InMemorySite> {
  const faces = await loadFontFaces();
  const site = new Map<string, SiteFile>();
  for (const face of faces) site.set(face.asset.path, { mediaType: face.asset.mediaType, body: face.asset.bytes });
  site.set(COVER_PAGE_PATH, { mediaType: 'text/html; charset=utf-8', body: coverHtml(text, language, fontFaceCss(faces)) });
  return site;
}

function coverHtml(text: CoverText, language: string, fontFaces: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeXml(language)}">
<head>
<meta charset="utf-8" />
<title>${escapeXml(text.title)}</title>
<style>
${fontFaces}
${coverCss(text.title)}
</style>
</head>
<body>
<main class="cover">
<div class="band"></div>
<h1>${escapeXml(text.title)}</h1>
<div class="rule"></div>
${text.description ? `<p class="standfirst">${escapeXml(text.description)}</p>` : ''}
${text.publisher ? `<p class="publisher">${escapeXml(text.publisher)}</p>` : ''}
</main>
</body>
</html>
`;
}

/** The title is set smaller the longer it is, and every block stops, with an ellipsis, where its room ends. */
function coverCss(title: string): string {
  const length = [...title].length;
  const titleSize = length <= 40 ? 132 : length <= 80 ? 116 : length <= 140 ? 96 : 80;
  return `
html, body { margin: 0; padding: 0; }
body { width: ${COVER_WIDTH}px; height: ${COVER_HEIGHT}px; overflow: hidden; background: ${COVER_COLOURS.paper}; color: ${COVER_COLOURS.ink}; }
.cover {
  box-sizing: border-box; width: ${COVER_WIDTH}px; height: ${COVER_HEIGHT}px; padding: ${COVER_MARGIN}px;
  display: flex; flex-direction: column; font-family: "${BODY_FONT_FAMILY}", serif;
  font-kerning: normal; text-rendering: geometricPrecision; hyphens: manual;
}
.band { height: 12px; background: ${COVER_COLOURS.accent}; margin-bottom: 260px; flex: none; }
h1 {
  margin: 0; font-size: ${titleSize}px; line-height: 1.18; font-weight: 700; letter-spacing: -0.005em;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 7; overflow: hidden; flex: none;
}
.rule { width: 240px; height: 8px; background: ${COVER_COLOURS.accent}; margin: 90px 0 80px; flex: none; }
.standfirst {
  margin: 0; font-size: 58px; line-height: 1.3; font-weight: 400;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 9; overflow: hidden; flex: 0 1 auto; min-height: 0;
}
.publisher { margin: auto 0 0; padding-top: 60px; font-size: 60px; font-weight: 700; flex: none; }
`;
}
