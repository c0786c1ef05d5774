import type { InMemorySite, SiteFile } from '../../src/browser/in-memory-site.js';
import type { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { escapeXml } from '../../src/markup/escape.js';
import { BODY_FONT_FAMILY, fontFaceCss, loadFontFaces } from '../../src/render/fonts.js';

/**
 * The cover as Chromium drew it before issue 15 (src/epub/rendered-cover.ts, removed then), kept here as the
 * reference the resvg cover's layout is compared with: the same page, CSS and embedded fonts, screenshot
 * at 1600 × 2560. Test-only.
 */
export interface ReferenceCoverText {
  title: string;
  description?: string;
  publisher?: string;
}

const WIDTH = 1600;
const HEIGHT = 2560;
const COLOURS = { paper: '#f4efe6', ink: '#1e2430', accent: '#9a3324' };

export async function chromiumCover(text: ReferenceCoverText, language: string, browser: RenderingBrowser): Promise<Uint8Array> {
  const faces = await loadFontFaces();
  const site = new Map<string, SiteFile>();
  for (const face of faces) site.set(face.asset.path, { mediaType: face.asset.mediaType, body: face.asset.bytes });
  site.set('cover.html', { mediaType: 'text/html; charset=utf-8', body: coverHtml(text, language, fontFaceCss(faces)) });
  const pages: InMemorySite = site;
  return browser.withPage({ site: pages, entry: 'cover.html', viewport: { width: WIDTH, height: HEIGHT } }, async ({ page, screenshot }) => {
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return screenshot({ width: WIDTH, height: HEIGHT });
  });
}

function coverHtml(text: ReferenceCoverText, language: string, fontFaces: string): string {
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

function coverCss(title: string): string {
  const length = [...title].length;
  const titleSize = length <= 40 ? 132 : length <= 80 ? 116 : length <= 140 ? 96 : 80;
  return `
html, body { margin: 0; padding: 0; }
body { width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; background: ${COLOURS.paper}; color: ${COLOURS.ink}; }
.cover {
  box-sizing: border-box; width: ${WIDTH}px; height: ${HEIGHT}px; padding: 120px;
  display: flex; flex-direction: column; font-family: "${BODY_FONT_FAMILY}", serif;
  font-kerning: normal; text-rendering: geometricPrecision; hyphens: manual;
}
.band { height: 12px; background: ${COLOURS.accent}; margin-bottom: 260px; flex: none; }
h1 {
  margin: 0; font-size: ${titleSize}px; line-height: 1.18; font-weight: 700; letter-spacing: -0.005em;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 7; overflow: hidden; flex: none;
}
.rule { width: 240px; height: 8px; background: ${COLOURS.accent}; margin: 90px 0 80px; flex: none; }
.standfirst {
  margin: 0; font-size: 58px; line-height: 1.3; font-weight: 400;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 9; overflow: hidden; flex: 0 1 auto; min-height: 0;
}
.publisher { margin: auto 0 0; padding-top: 60px; font-size: 60px; font-weight: 700; flex: none; }
`;
}
