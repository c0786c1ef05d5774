import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/ingest/detect-language.js';
import { ingest } from '../../src/ingest/ingest.js';
import { documentOf } from '../support/pipeline.js';

const TEXTS: Record<string, string> = {
  fr: 'Le conseil municipal a voté lundi soir la construction d’une nouvelle digue le long du fleuve, deux ans après les pires inondations de mémoire d’homme, qui avaient chassé des centaines de familles de leurs maisons. Les travaux doivent commencer au printemps.',
  en: 'The town council voted on Monday night to build a new flood wall along the river, two years after the worst floods in living memory forced hundreds of families from their homes. Work should start in the spring and last eighteen months.',
  de: 'Der Stadtrat hat am Montagabend beschlossen, eine neue Hochwasserschutzmauer entlang des Flusses zu bauen, zwei Jahre nach den schlimmsten Überschwemmungen seit Menschengedenken, die Hunderte von Familien aus ihren Häusern vertrieben hatten.',
  es: 'El ayuntamiento votó el lunes por la noche la construcción de un nuevo muro contra las inundaciones a lo largo del río, dos años después de las peores inundaciones que se recuerdan, que obligaron a cientos de familias a abandonar sus casas.',
  it: 'Il consiglio comunale ha votato lunedì sera la costruzione di un nuovo muro contro le inondazioni lungo il fiume, due anni dopo le peggiori alluvioni a memoria d’uomo, che avevano costretto centinaia di famiglie a lasciare le loro case.',
};

describe('language detection', () => {
  it.each(Object.entries(TEXTS))('tells %s', (language, text) => {
    expect(detectLanguage(text, 'x')?.language).toBe(language);
  });

  it('does not guess from a few words', () => {
    expect(detectLanguage('Bonjour tout le monde.', 'x')).toBeUndefined();
  });

  it('fills in a plain-text article’s missing language, with LANGUAGE_DETECTED', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'colophon-language-'));
    writeFileSync(join(folder, 'article.txt'), `Un chapô.\n${TEXTS['fr']}\n`);
    writeFileSync(join(folder, 'article.yaml'), 'title: Une digue\n');
    const article = await ingest({ path: folder });
    expect(article.metadata.language).toBe('fr');
    expect(article.warnings.find((warning) => warning.code === 'LANGUAGE_DETECTED')?.message).toMatch(/"fr"/);
  });

  it('metadata wins: no detection when the language is given', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'colophon-language-'));
    writeFileSync(join(folder, 'article.txt'), `Un chapô.\n${TEXTS['fr']}\n`);
    writeFileSync(join(folder, 'article.yaml'), 'title: Une digue\nlanguage: fr-CA\n');
    const article = await ingest({ path: folder });
    expect(article.metadata.language).toBe('fr-CA');
    expect(article.warnings.map((warning) => warning.code)).not.toContain('LANGUAGE_DETECTED');
  });

  it('a text too short to tell and no language given → METADATA_INVALID', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'colophon-language-'));
    writeFileSync(join(folder, 'article.txt'), 'Lead.\nShort body.\n');
    writeFileSync(join(folder, 'article.yaml'), 'title: Short\n');
    await expect(ingest({ path: folder })).rejects.toMatchObject({ code: 'METADATA_INVALID' });
  });

  it('keeps inline lang and dir on passages of a Markdown article', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'colophon-language-'));
    writeFileSync(
      join(folder, 'article.md'),
      `---\ntitle: Citations\n---\n\n${TEXTS['fr']}\n\n<p lang="en">“We will rebuild,” the mayor said.</p>\n\nIl a cité <span lang="ar" dir="rtl">سلام</span> en arabe.\n`,
    );
    const document = await documentOf(join(folder, 'article.md'));
    expect(document.metadata.language).toBe('fr');
    expect(document.articleHtml).toContain('<p lang="en">“We will rebuild,” the mayor said.</p>');
    expect(document.articleHtml).toContain('<span lang="ar" dir="rtl">سلام</span>');
  });
});
