import { beforeAll, describe, expect, it } from 'vitest';
import { buildEpub, type EpubResult } from '../../src/epub/index.js';
import { describeViolations, runAceOnBytes } from '../support/ace.js';
import { describeMessages, runEpubcheckOnBytes } from '../support/epubcheck.js';
import { sampleDocument } from '../support/sample-document.js';
import { documentWithUndescribedImage, pngCover, richEnglishDocument } from './variant-documents.js';

const CHECKER_TIMEOUT = 180_000;

const BOOKS: Record<string, () => Promise<EpubResult>> = {
  'the sample document': () => buildEpub(sampleDocument()),
  'an English article with MathML, inline SVG, a decorative image and a supplied cover, claiming conformance': () =>
    buildEpub(richEnglishDocument(), { cover: pngCover(), claimConformance: true, certifiedBy: 'Example Accessibility Testing' }),
};

describe.each(Object.entries(BOOKS))('%s', (_, build) => {
  let epub: EpubResult;
  beforeAll(async () => {
    epub = await build();
  });

  it('passes epubcheck with no error and no warning', { timeout: CHECKER_TIMEOUT }, async () => {
    const result = await runEpubcheckOnBytes(epub.bytes);
    expect(result.errors, describeMessages(result.errors)).toEqual([]);
    expect(result.warnings, describeMessages(result.warnings)).toEqual([]);
  });

  it('passes Ace by DAISY with no violation', { timeout: CHECKER_TIMEOUT }, async () => {
    const result = await runAceOnBytes(epub.bytes);
    expect(result.violations, describeViolations(result.violations)).toEqual([]);
    expect(result.report['a11y-metadata'].missing).not.toContain('schema:accessibilitySummary');
  });
});

describe('the checker runners', () => {
  it('report what they find: Ace flags an image with no alt attribute', { timeout: CHECKER_TIMEOUT }, async () => {
    const { bytes } = await buildEpub(documentWithUndescribedImage());
    const result = await runAceOnBytes(bytes);
    expect(result.violations.map((violation) => violation.rule)).toContain('image-alt');
  });
});
