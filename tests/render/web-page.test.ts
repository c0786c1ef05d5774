import { beforeAll, describe, expect, it } from 'vitest';
import { renderWebPage } from '../../src/render/web-page.js';
import { documentOf, SAMPLE_DIR } from '../support/pipeline.js';

let html: string;

beforeAll(async () => {
  html = await renderWebPage(await documentOf(SAMPLE_DIR));
});

describe('the web edition of the sample', () => {
  it('declares the language and has one h1 inside main › article', () => {
    expect(html).toMatch(/<html lang="fr">/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<main>\s*<article aria-labelledby="article-title"><header><h1 id="article-title">/);
  });

  it('has the standfirst as lead, a figure with alt, caption and credit', () => {
    expect(html).toContain('<p class="standfirst">Depuis plus de deux décennies');
    expect(html).toMatch(/<figure id="figure-1"><img src="data:image\/svg\+xml;base64,[^"]+" alt="Image de remplacement[^"]+"/);
    expect(html).toMatch(/<figcaption>Le secrétaire général adjoint [^]*<span class="credit">Source\u00a0: <abbr/);
  });

  it('expands the acronyms of the metadata and sets French spaces', () => {
    expect(html).toContain('<abbr title="Organisation du traité de l’Atlantique Nord">OTAN</abbr>');
    expect(html).toContain('<abbr title="Organisation pour la sécurité et la coopération en Europe">OSCE</abbr>');
    expect(html).toContain('«\u00a0continue de faire la différence\u00a0»');
    expect(html).toContain('4\u202f200 soldats');
  });

  it('ends with the source block', () => {
    expect(html).toMatch(/<section class="attribution" aria-labelledby="attribution-title"><h2 id="attribution-title">Source<\/h2>/);
    expect(html).toContain('Publié en <time datetime="2023-06">juin 2023</time>.');
  });

  it('is standalone and forbids scripts and requests', () => {
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!creativecommons)/);
    expect(html).not.toMatch(/<link\b/);
    expect(html).toMatch(/@font-face \{ font-family: "Source Serif 4"[^}]+url\("data:font\/woff2;base64,/);
  });
});
