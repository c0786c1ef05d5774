import { describe, expect, it } from 'vitest';
import { buildEpub } from '../../src/epub/index.js';
import type { SemanticDocument } from '../../src/model/document.js';
import { textOf } from '../../src/markup/html-tree.js';
import { sampleDocument } from '../support/sample-document.js';
import { dublinCore, elementsNamed, openEpub, parseXml } from './epub-reader.js';
import { richEnglishDocument, withMetadata } from './variant-documents.js';

async function xhtmlDocuments(document: SemanticDocument) {
  const result = await buildEpub(document);
  const epub = await openEpub(result.bytes);
  return { epub, documents: await Promise.all(result.documents.map(async (path) => ({ path, root: parseXml(await epub.text(path)) }))) };
}

function titleOf(root: ReturnType<typeof parseXml>): string {
  return textOf(elementsNamed(root, 'title')[0]!).trim();
}

describe('the book speaks the article’s language', () => {
  it('sets xml:lang and dc:language in the package document and xml:lang and lang on every XHTML document', async () => {
    const { epub, documents } = await xhtmlDocuments(sampleDocument());
    const packageElement = elementsNamed(epub.packageDocument, 'package')[0]!;
    expect(packageElement.attribs['xml:lang']).toBe('fr');
    expect(dublinCore(epub.packageDocument, 'language')).toEqual(['fr']);
    expect(documents).toHaveLength(5);
    for (const { root } of documents) {
      const html = elementsNamed(root, 'html')[0]!;
      expect(html.attribs['xml:lang']).toBe('fr');
      expect(html.attribs['lang']).toBe('fr');
    }
    expect(elementsNamed(parseXml(await epub.text('OEBPS/toc.ncx')), 'ncx')[0]!.attribs['xml:lang']).toBe('fr');
  });

  it('titles every document in French for a French article, never with a file name', async () => {
    const { documents } = await xhtmlDocuments(sampleDocument());
    expect(documents.map(({ root }) => titleOf(root))).toEqual([
      'Couverture',
      'Page de titre',
      'Table des matières',
      'L’OTAN et l’UE font le point sur le Kosovo',
      'À propos de cette édition',
    ]);
  });

  it('labels navigation, landmarks and colophon in French', async () => {
    const { epub } = await xhtmlDocuments(sampleDocument());
    const nav = await epub.text('OEBPS/toc.xhtml');
    expect(nav).toContain('<h1 id="toc-title">Table des matières</h1>');
    expect(nav).toContain('Début de la lecture');
    const colophon = await epub.text('OEBPS/colophon.xhtml');
    for (const label of ['Article d’origine', 'Éditeur', 'Licence', 'Crédits des images', '15 juin 2023', 'produit avec Colophon']) {
      expect(colophon).toContain(label);
    }
    expect(await epub.text('OEBPS/cover.xhtml')).toContain('alt="Couverture portant le titre');
  });

  it('uses English labels for an English article', async () => {
    const { documents } = await xhtmlDocuments(richEnglishDocument());
    expect(documents.map(({ root }) => titleOf(root))).toEqual(['Cover', 'Title page', 'Contents', 'Shapes & numbers', 'About this edition']);
  });

  it('falls back to English labels, keeping the article’s language tag, for other languages', async () => {
    const { epub, documents } = await xhtmlDocuments(withMetadata({ language: 'de-AT' }));
    expect(dublinCore(epub.packageDocument, 'language')).toEqual(['de-AT']);
    expect(titleOf(documents[2]!.root)).toBe('Contents');
    expect(elementsNamed(documents[0]!.root, 'html')[0]!.attribs['xml:lang']).toBe('de-AT');
  });

  it('refuses a language that is not a BCP 47 tag', async () => {
    await expect(buildEpub(withMetadata({ language: 'français!' }))).rejects.toMatchObject({ code: 'METADATA_INVALID' });
  });
});
