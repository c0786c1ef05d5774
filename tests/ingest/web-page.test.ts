import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { readWebPage } from '../../src/ingest/web-page/read-web-page.js';
import { blockPerLine, documentOf, fixturePath, matchesGolden } from '../support/pipeline.js';

const NEWS_PAGE = fixturePath('web-pages', 'port-bastia', 'port-rouvre.html');
const BLOG_PAGE = fixturePath('web-pages', 'english-blog', 'flood-defences.html');
const OVERRIDDEN_PAGE = fixturePath('web-pages', 'override-yaml', 'override.html');

describe('saved web page → semantic HTML (golden files)', () => {
  it.each([
    ['web-page-port-bastia', NEWS_PAGE],
    ['web-page-english-blog', BLOG_PAGE],
    ['web-page-override-yaml', OVERRIDDEN_PAGE],
  ])('%s', async (golden, input) => {
    const document = await documentOf(input);
    const { expected, actual } = matchesGolden(blockPerLine(document.articleHtml), fixturePath('expected', `${golden}.html`));
    expect(actual).toBe(expected);
  });
});

describe('a saved French news page', () => {
  it('keeps the article text and drops navigation, cookie banner, ads, related links, comments and footer', async () => {
    const { articleHtml } = await documentOf(NEWS_PAGE);
    expect(articleHtml).toContain('Le premier ferry est arrivé lundi');
    expect(articleHtml).toContain('reprendra en avril');
    expect(articleHtml).toMatch(/<h2[^>]*>Ce qui change pour les passagers<\/h2>/);
    for (const furniture of ['Nous utilisons des cookies', 'Tout accepter', 'Politique', 'Abonnement', 'Publicité', 'Lire aussi', 'La digue provisoire endommagée', 'newsletter', 'Commentaires', 'Tous droits réservés', 'Mentions légales', 'Partager']) {
      expect(articleHtml).not.toContain(furniture);
    }
  });

  it('never runs the page’s scripts: their effects and text are absent', async () => {
    const { articleHtml } = await documentOf(NEWS_PAGE);
    expect((globalThis as Record<string, unknown>)['__colophonScriptRan']).toBeUndefined();
    expect(articleHtml).not.toContain('Texte injecté');
    expect(articleHtml).not.toMatch(/<script|<iframe|gtag|dataLayer/);
  });

  it('takes its metadata from the page: og:title, JSON-LD author, published time, canonical URL, site name, lang', async () => {
    const article = await ingest({ path: NEWS_PAGE });
    expect(article.metadata).toMatchObject({
      title: 'Bastia : le port rouvre après deux ans de travaux',
      language: 'fr',
      authors: ['Marie Dupont'],
      published: '2024-03-18T07:45:00+01:00',
      modified: '2024-03-18T11:02:00+01:00',
      sourceUrl: 'https://www.corse-hebdo.example/actualites/2024/03/18/bastia-le-port-rouvre',
      publisher: { name: 'Corse Hebdo' },
      slug: 'port-rouvre',
    });
    expect(article.standfirst).toMatch(/^Après deux ans de chantier, le port de Bastia/);
  });

  it('makes the local figure a figure with caption and credit, and drops the web-only one with a warning', async () => {
    const article = await ingest({ path: NEWS_PAGE });
    const document = await documentOf(NEWS_PAGE);
    expect(article.assets.map((asset) => asset.path)).toEqual(['images/figure-1.png']);
    expect(document.figures).toHaveLength(1);
    expect(document.figures[0]).toMatchObject({ alt: 'Le quai neuf, vu depuis la digue, un ferry à l’arrière-plan.', credit: 'Photo\u00a0: Jean-Paul Santoni' });
    expect(document.figures[0]?.caption).toMatch(/^Le quai neuf au matin de la réouverture/);
    const codes = article.warnings.map((warning) => warning.code);
    expect(codes).toContain('IMAGE_REMOTE_DROPPED');
    expect(article.warnings.find((warning) => warning.code === 'IMAGE_REMOTE_DROPPED')?.message).toContain('passerelle.jpg');
  });

  it('keeps the language of a quoted passage (lang on the blockquote)', async () => {
    const { articleHtml } = await documentOf(NEWS_PAGE);
    expect(articleHtml).toContain('<blockquote lang="it">');
  });

  it('parses and extracts a news page the same way every time (linkedom, no script engine; its speed is measured by the benchmark, never asserted)', () => {
    const html = readFileSync(NEWS_PAGE, 'utf8');
    expect(readWebPage(html).text).toBe(readWebPage(html).text);
  });
});

describe('a saved English blog page without lang, with a data: URI image', () => {
  it('detects the language, reads authors from the byline and the date from <time>', async () => {
    const article = await ingest({ path: BLOG_PAGE });
    expect(article.metadata).toMatchObject({ title: 'Town council approves new flood defences', language: 'en', authors: ['Tom Baker', 'Priya Shah'], published: '2023-11-07' });
    expect(article.metadata.sourceUrl).toBe('https://riverside-gazette.example/news/flood-defences-approved');
    expect(article.warnings.map((warning) => warning.code)).toContain('LANGUAGE_DETECTED');
  });

  it('loads the data: URI image and sets the © credit apart; drops share, related, comments and cookie text', async () => {
    const document = await documentOf(BLOG_PAGE);
    expect(document.figures[0]).toMatchObject({ caption: 'Sandbags on the high street in January 2022.', credit: '© Riverside Gazette' });
    for (const furniture of ['cookie', 'Share this', 'Related', 'thoughts on', 'WordPress', 'Home']) expect(document.articleHtml).not.toContain(furniture);
    expect(document.articleHtml).toMatch(/<h2[^>]*>What happens next<\/h2>/);
  });
});

describe('a saved page with a metadata file beside it', () => {
  it('lets <name>.yaml override the page, and decodes the page in the charset it declares', async () => {
    const article = await ingest({ path: OVERRIDDEN_PAGE });
    expect(article.metadata).toMatchObject({ title: 'Le titre donné par le fichier de métadonnées', language: 'fr', published: '2024-02-29', publisher: { name: 'Éditions Exemple', url: 'https://editions.example/' } });
    expect(article.bodyHtml).toContain('l’été, « déjà », œuvre, 5 € —');
    expect(article.warnings.map((warning) => warning.code)).not.toContain('ENCODING_GUESSED');
  });
});
