import type { SemanticDocument } from '../../src/model/document.js';

/**
 * A hand-written SemanticDocument in the exact shape `composeDocument` produces,
 * for testing the output stages (EPUB, PDF) without the input stages.
 */
export function sampleDocument(overrides: Partial<SemanticDocument> = {}): SemanticDocument {
  const svg = new TextEncoder().encode(
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675"><rect width="1200" height="675" fill="#dfe6ee"/><text x="600" y="350" font-size="48" text-anchor="middle" fill="#334">Photo</text></svg>',
  );
  return {
    metadata: {
      title: 'L’OTAN et l’UE font le point sur le Kosovo',
      language: 'fr',
      identifier: 'urn:colophon:test:sample',
      slug: 'sample',
      authors: ['Rédaction'],
      description: 'Depuis plus de deux décennies, l’OTAN dirige la mission de maintien de la paix au Kosovo.',
      publisher: { name: 'Exemple Presse', url: 'https://example.org/' },
      sourceUrl: 'https://example.org/articles/otan-ue-kosovo',
      published: '2023-06-15',
      modified: '2023-06-15T00:00:00Z',
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      abbreviations: { OTAN: 'Organisation du traité de l’Atlantique Nord' },
      subjects: ['Kosovo'],
    },
    articleHtml:
      '<article aria-labelledby="article-title">' +
      '<header><h1 id="article-title">L’OTAN et l’UE font le point sur le Kosovo</h1>' +
      '<p class="standfirst">Depuis plus de deux décennies, l’<abbr title="Organisation du traité de l’Atlantique Nord">OTAN</abbr> dirige la mission de maintien de la paix au Kosovo.</p></header>' +
      '<figure id="figure-1"><img src="images/figure-1.svg" alt="Illustration de remplacement : un rectangle gris-bleu portant le mot Photo." width="1200" height="675" />' +
      '<figcaption>Deux responsables se rencontrent le 14&#160;juin. <span class="credit">Source&#160;: <abbr title="Organisation du traité de l’Atlantique Nord">OTAN</abbr></span></figcaption></figure>' +
      '<p>Le 14&#160;juin, le secrétaire général adjoint a rencontré l’ambassadeur.</p>' +
      '<h2 id="section-1">Contexte</h2><p>Les tensions se sont accrues ces derniers mois.</p>' +
      '<section class="attribution" aria-labelledby="attribution-title"><h2 id="attribution-title">Source</h2>' +
      '<p>Publié par Exemple Presse le <time datetime="2023-06-15">15&#160;juin 2023</time>.</p>' +
      '<p>Article d’origine&#160;: <a href="https://example.org/articles/otan-ue-kosovo">https://example.org/articles/otan-ue-kosovo</a></p>' +
      '<p>Licence&#160;: <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></p></section>' +
      '</article>',
    headings: [
      { level: 1, id: 'article-title', text: 'L’OTAN et l’UE font le point sur le Kosovo' },
      { level: 2, id: 'section-1', text: 'Contexte' },
      { level: 2, id: 'attribution-title', text: 'Source' },
    ],
    figures: [
      {
        id: 'figure-1',
        src: 'images/figure-1.svg',
        alt: 'Illustration de remplacement : un rectangle gris-bleu portant le mot Photo.',
        caption: 'Deux responsables se rencontrent le 14 juin.',
        credit: 'OTAN',
      },
    ],
    assets: [{ path: 'images/figure-1.svg', mediaType: 'image/svg+xml', bytes: svg }],
    warnings: [],
    ...overrides,
  };
}
