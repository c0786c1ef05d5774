import { type FontFace, fontFaceCss } from '../render/fonts.js';
import { readStylesheet } from '../render/stylesheets.js';

/** The EPUB's one stylesheet (at the package root, beside `fonts/`): the embedded faces, the shared article styles, then the EPUB layer. */
export async function epubStylesheet(faces: readonly FontFace[]): Promise<string> {
  const [article, epub] = await Promise.all([readStylesheet('article'), readStylesheet('epub')]);
  return [fontFaceCss(faces), article, epub].join('\n');
}
