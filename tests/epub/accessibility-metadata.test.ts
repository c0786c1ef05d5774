import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildEpub, type EpubBuildOptions } from '../../src/epub/index.js';
import type { SemanticDocument } from '../../src/model/document.js';
import { sampleDocument } from '../support/sample-document.js';
import { metaValues, openEpub } from './epub-reader.js';
import { documentWithoutImages, documentWithUndescribedImage, richEnglishDocument } from './variant-documents.js';

async function packageOf(document: SemanticDocument, options?: EpubBuildOptions) {
  const { packageDocument } = await openEpub((await buildEpub(document, options)).bytes);
  return (property: string) => metaValues(packageDocument, property);
}

describe('accessibility metadata is derived from the content', () => {
  it('describes the sample: text and an image with alternative text', async () => {
    const meta = await packageOf(sampleDocument());
    expect(meta('schema:accessMode')).toEqual(['textual', 'visual']);
    expect(meta('schema:accessModeSufficient')).toEqual(['textual', 'textual,visual']);
    expect(meta('schema:accessibilityFeature')).toEqual(
      expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'displayTransformability']),
    );
    expect(meta('schema:accessibilityFeature')).not.toContain('MathML');
    expect(meta('schema:accessibilityHazard')).toEqual(['none']);
  });

  it('claims no alternativeText, and no text-only access, when an image has no alt attribute', async () => {
    const meta = await packageOf(documentWithUndescribedImage());
    expect(meta('schema:accessibilityFeature')).not.toContain('alternativeText');
    expect(meta('schema:accessModeSufficient')).toEqual(['textual,visual']);
    expect(meta('schema:accessibilitySummary')[0]).toContain('Une image n’a pas de texte de remplacement');
  });

  it('counts alt="" as a decorative image, which still allows alternativeText', async () => {
    const meta = await packageOf(richEnglishDocument());
    expect(meta('schema:accessibilityFeature')).toContain('alternativeText');
    expect(meta('schema:accessibilitySummary')[0]).toContain('One purely decorative image is hidden from screen readers.');
  });

  it('is textual only when there is no image', async () => {
    const meta = await packageOf(documentWithoutImages());
    expect(meta('schema:accessMode')).toEqual(['textual']);
    expect(meta('schema:accessModeSufficient')).toEqual(['textual']);
    expect(meta('schema:accessibilityFeature')).not.toContain('alternativeText');
  });

  it('lists MathML only when the article holds MathML', async () => {
    expect((await packageOf(richEnglishDocument()))('schema:accessibilityFeature')).toContain('MathML');
  });

  it('writes the summary in the book’s language, from what the content holds', async () => {
    const [summary] = (await packageOf(sampleDocument()))('schema:accessibilitySummary');
    expect(summary).toContain('Le texte se recompose librement');
    expect(summary).toContain('Les sigles et abréviations sont balisés');
    expect(summary).not.toContain('autre langue');
  });
});

describe('conformance claim', () => {
  it('is absent by default', async () => {
    const meta = await packageOf(sampleDocument());
    expect(meta('dcterms:conformsTo')).toEqual([]);
    expect(meta('a11y:certifiedBy')).toEqual([]);
  });

  it('is absent when claimConformance is false, even with a certifier', async () => {
    const meta = await packageOf(sampleDocument(), { claimConformance: false, certifiedBy: 'Someone' });
    expect(meta('dcterms:conformsTo')).toEqual([]);
    expect(meta('a11y:certifiedBy')).toEqual([]);
  });

  it('names the conformance and the certifier when claimed', async () => {
    const meta = await packageOf(sampleDocument(), { claimConformance: true, certifiedBy: 'Example Accessibility Testing' });
    expect(meta('dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.2 Level AA']);
    expect(meta('a11y:certifiedBy')).toEqual(['Example Accessibility Testing']);
  });

  it('takes the publisher as the evaluator when no certifier is given', async () => {
    const meta = await packageOf(sampleDocument(), { claimConformance: true });
    expect(meta('a11y:certifiedBy')).toEqual(['Exemple Presse']);
  });

  it('is refused when an image has no text alternative', async () => {
    await expect(buildEpub(documentWithUndescribedImage(), { claimConformance: true })).rejects.toMatchObject({ code: 'OPTIONS_INVALID' });
  });

  it('changes the package document alone, so that the audit of the unclaimed EPUB stands for the content of the claimed one', async () => {
    // publish() audits the unclaimed EPUB with axe, and the claimed rebuild with the package rules only.
    const entries = async (options: EpubBuildOptions) => {
      const zip = await JSZip.loadAsync((await buildEpub(sampleDocument(), options)).bytes);
      const files = new Map<string, string>();
      for (const [path, entry] of Object.entries(zip.files)) if (!entry.dir) files.set(path, await entry.async('base64'));
      return files;
    };
    const unclaimed = await entries({ claimConformance: false });
    const claimed = await entries({ claimConformance: true });
    expect([...claimed.keys()]).toEqual([...unclaimed.keys()]);
    const changed = [...claimed.keys()].filter((path) => claimed.get(path) !== unclaimed.get(path));
    expect(changed).toEqual(['OEBPS/content.opf']);
  });
});
