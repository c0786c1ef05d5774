import type { Asset } from '../model/asset.js';
import type { SemanticDocument } from '../model/document.js';
import type { ArticleMetadata } from '../model/metadata.js';
import { escapeXml } from '../markup/escape.js';
import { type Document, type Element, findElements, parseFragment, serializeFragment } from '../markup/html-tree.js';
import { editionLabels } from './edition-labels.js';
import { fontFaceCss, loadFontFaces } from './fonts.js';
import { readStylesheet } from './stylesheets.js';

/**
 * Nothing in the web edition may load from elsewhere or run: the page says so itself, so even opened
 * from a disk in any browser it fetches nothing (images and fonts are inside the file).
 */
export const WEB_PAGE_CSP = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The standalone web edition (`index.html`): one file with its styles, fonts and images inside. */
export async function renderWebPage(document: SemanticDocument): Promise<string> {
  return webPageShell(document.metadata, { title: document.metadata.title, main: inlineImages(document) });
}

/** One page of the web edition around `main` (markup of its `<main>`): the CSP, fonts and styles inside, the footer. */
export async function webPageShell(metadata: ArticleMetadata, page: { title: string; main: string }): Promise<string> {
  const faces = await loadFontFaces();
  const css = [
    fontFaceCss(faces).replace(/url\("([^"]+)"\)/g, (_, path: string) => `url("${dataUri(faces.find((face) => face.asset.path === path)?.asset)}")`),
    await readStylesheet('article'),
    await readStylesheet('web'),
  ].join('\n');
  const description = metadata.description ? `\n<meta name="description" content="${escapeXml(metadata.description)}" />` : '';
  return `<!DOCTYPE html>
<html lang="${escapeXml(metadata.language)}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="${WEB_PAGE_CSP}" />
<title>${escapeXml(page.title)}</title>${description}
<meta name="generator" content="Colophon" />
<style>
${css}
</style>
</head>
<body>
<main>
${page.main}
</main>
<footer class="site-footer"><p>${escapeXml(editionLabels(metadata.language).madeWith)}</p></footer>
</body>
</html>
`;
}

function inlineImages(document: SemanticDocument): string {
  const tree = parseFragment(document.articleHtml);
  inlineImagesIn(tree, document.assets);
  return serializeFragment(tree);
}

/** Points every `<img>` below `root` that names one of `assets` at the asset's bytes (a `data:` URI). */
export function inlineImagesIn(root: Document | Element, assets: readonly Asset[]): void {
  for (const img of findElements(root, (element) => element.name === 'img')) {
    const asset = assets.find((candidate) => candidate.path === img.attribs['src']);
    if (asset) img.attribs['src'] = dataUri(asset);
  }
}

function dataUri(asset: { mediaType: string; bytes: Uint8Array } | undefined): string {
  return asset ? `data:${asset.mediaType};base64,${Buffer.from(asset.bytes).toString('base64')}` : '';
}
