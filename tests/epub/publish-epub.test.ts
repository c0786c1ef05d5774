import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { publish, type PublishResult } from '../../src/publish/publish.js';
import { PdfScratch } from '../support/poppler.js';
import { fixturePath, SAMPLE_DIR } from '../support/pipeline.js';
import { metaValues, openEpub } from './epub-reader.js';
import { pageListMismatches } from './page-list-check.js';
import { testBrowserPath } from '../support/browser.js';

let browser: RenderingBrowser;
let scratch: PdfScratch;
let sample: PublishResult;

beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
  scratch = await PdfScratch.create();
  sample = await publish({ input: SAMPLE_DIR, formats: ['epub', 'pdf'], pageSize: 'A5', write: false, browser, certifiedBy: 'Example Accessibility Testing' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await scratch?.remove();
});

async function packageMeta(result: PublishResult) {
  const epub = await openEpub(result.outputs.epub!.bytes);
  return (property: string) => metaValues(epub.packageDocument, property);
}

describe('publish() makes the EPUB after the PDF and audits it before claiming anything', () => {
  it('gives the EPUB the page list of the PDF it wrote', async () => {
    const pdfPath = await scratch.write('sample.pdf', sample.outputs.pdf!.bytes);
    expect(await pageListMismatches({ epubBytes: sample.outputs.epub!.bytes, pdfPath, runningHead: sample.metadata.title })).toEqual([]);
    expect((await packageMeta(sample))('schema:accessibilityFeature')).toEqual(expect.arrayContaining(['pageNavigation', 'pageBreakMarkers']));
  });

  it('claims conformance, certified by whom the options say, when the audit found nothing', async () => {
    // The sample's only findings are its reported scrape leftovers (content-removed, from reading the input), none in the EPUB.
    expect(sample.findings.filter((finding) => finding.source !== 'ingest')).toEqual([]);
    const meta = await packageMeta(sample);
    expect(meta('dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.2 Level AA']);
    expect(meta('a11y:certifiedBy')).toEqual(['Example Accessibility Testing']);
    expect(sample.report?.files.map((file) => file.file)).toEqual(['kfor-otan-ue.epub', 'kfor-otan-ue.pdf']);
  });

  it('claims nothing for an article whose audit fails (an image without alt), and reports why', { timeout: 120_000 }, async () => {
    const result = await publish({ input: fixturePath('articles', 'missing-alt'), formats: ['epub'], write: false, browser });
    expect(result.findings.map((finding) => finding.ruleId)).toContain('image-alt');
    expect(result.report?.files).toMatchObject([{ file: 'missing-alt.epub', kind: 'epub', findings: result.findings.length, format: 'EPUB 3.0' }]);
    const meta = await packageMeta(result);
    expect(meta('dcterms:conformsTo')).toEqual([]);
    expect(meta('a11y:certifiedBy')).toEqual([]);
    expect(meta('schema:accessibilityFeature')).not.toContain('pageNavigation');
  });

  it('claims nothing when the audit does not run', { timeout: 120_000 }, async () => {
    const result = await publish({ input: SAMPLE_DIR, formats: ['epub'], audit: false, write: false, browser });
    expect((await packageMeta(result))('dcterms:conformsTo')).toEqual([]);
  });
});
