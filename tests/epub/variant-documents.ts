import type { SemanticDocument } from '../../src/model/document.js';
import type { ArticleMetadata } from '../../src/model/metadata.js';
import { sampleDocument } from '../support/sample-document.js';

/** The sample document with some metadata changed. */
export function withMetadata(changes: Partial<ArticleMetadata>, document: SemanticDocument = sampleDocument()): SemanticDocument {
  return { ...document, metadata: { ...document.metadata, ...changes } };
}

/** The sample document with no image at all. */
export function documentWithoutImages(): SemanticDocument {
  const sample = sampleDocument();
  return { ...sample, articleHtml: sample.articleHtml.replace(/<figure[\s\S]*?<\/figure>/, ''), figures: [], assets: [] };
}

/** The sample document whose image has no `alt` attribute at all. */
export function documentWithUndescribedImage(): SemanticDocument {
  const sample = sampleDocument();
  return { ...sample, articleHtml: sample.articleHtml.replace(/ alt="[^"]*"/, '') };
}

/**
 * An English article with what the sample lacks: a decorative image written HTML-style (`alt` with no
 * value, `<img>` not closed), a named entity XML does not know, a French passage, MathML and inline SVG.
 */
export function richEnglishDocument(): SemanticDocument {
  const sample = sampleDocument();
  return {
    ...sample,
    metadata: {
      ...sample.metadata,
      title: 'Shapes & numbers',
      language: 'en',
      identifier: 'urn:colophon:test:rich',
      authors: ['Ada Example', 'Brook Sample'],
      description: 'A short article with a formula, a drawing and a decorative picture.',
      publisher: undefined,
      license: undefined,
      sourceUrl: undefined,
      published: '2024-02-29T10:30:00+01:00',
      modified: undefined,
      abbreviations: {},
      subjects: [],
    },
    articleHtml:
      '<article aria-labelledby="title"><header><h1 id="title">Shapes &amp; numbers</h1></header>' +
      '<figure id="figure-1"><img src="images/figure-1.svg" alt><figcaption>A plain panel.</figcaption></figure>' +
      '<p>As the French say, <span lang="fr">c’est simple&nbsp;!</span></p>' +
      '<h2 id="formula">A formula</h2><p><math><mi>x</mi><mo>=</mo><mn>2</mn></math></p>' +
      '<h2 id="drawing">A drawing</h2><p><svg viewBox="0 0 10 10" width="40" height="40" role="img" aria-label="A dark square"><rect width="10" height="10"/></svg></p>' +
      '</article>',
    headings: [
      { level: 1, id: 'title', text: 'Shapes & numbers' },
      { level: 2, id: 'formula', text: 'A formula' },
      { level: 2, id: 'drawing', text: 'A drawing' },
    ],
    figures: [{ id: 'figure-1', src: 'images/figure-1.svg', alt: '', caption: 'A plain panel.' }],
  };
}

/** A 1 × 1 PNG, as a caller-supplied cover. */
export function pngCover(): { path: string; mediaType: string; bytes: Uint8Array; alt: string } {
  const bytes = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  return { path: 'cover.png', mediaType: 'image/png', bytes: new Uint8Array(bytes), alt: 'A single grey dot on white.' };
}
