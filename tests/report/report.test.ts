import { writeFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditResult, audit } from '../../src/audit/audit.js';
import { auditHtml } from '../../src/audit/html/audit-html.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { type AuditReport, makeReport, reportJson } from '../../src/report/audit-report.js';
import { reportHtml } from '../../src/report/report-html.js';
import { auditReportSchema, reportJsonSchema } from '../../src/report/report-schema.js';
import { brokenEpub, replaceIn } from '../audit/epub-fixture.js';
import { matchesGolden } from '../support/pipeline.js';
import { requireTool } from '../support/require-tool.js';
import { testBrowserPath } from '../support/browser.js';

const BROKEN_PAGE = '<!DOCTYPE html><html><head><title>Broken</title></head><body><main><h1>Broken</h1><figure><img src="x.png"><figcaption>A picture with no alt.</figcaption></figure></main></body></html>';

let browser: RenderingBrowser;
let result: AuditResult;
let report: AuditReport;

async function twoPagePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of ['First page', 'Second page']) pdf.addPage([420, 595]).drawText(text, { x: 40, y: 520, size: 28, font });
  pdf.setTitle('Two pages');
  return pdf.save();
}

beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
  const epub = await brokenEpub((files) => {
    replaceIn(files, 'EPUB/chapter-1.xhtml', / alt="[^"]*"/, '');
    replaceIn(files, 'EPUB/package.opf', /<meta property="schema:accessMode">[a-z]+<\/meta>/g, '');
  });
  result = await audit(
    [
      { file: 'broken.html', kind: 'html', bytes: new TextEncoder().encode(BROKEN_PAGE) },
      { file: 'book.epub', kind: 'epub', bytes: epub },
      { file: 'plain.pdf', kind: 'pdf', bytes: await twoPagePdf() },
    ],
    { browser },
  );
  report = makeReport({ version: '0.0.0-test', failOn: 'serious', files: result.files, findings: result.findings });
});

afterAll(async () => {
  await browser?.close();
});

describe('report.json', () => {
  it('a real report validates against the documented schema', () => {
    const parsed = auditReportSchema.safeParse(JSON.parse(reportJson(report)));
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it('docs/report-schema.json is the schema the code validates with', () => {
    const { expected, actual } = matchesGolden(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`, 'docs/report-schema.json');
    expect(actual).toBe(expected);
  });

  it('carries what the HTML report shows: formats, metadata, images, page count', () => {
    const [html, epub, pdf] = report.files;
    expect(html).toMatchObject({ format: 'HTML', images: [{ src: 'x.png', caption: 'A picture with no alt.' }] });
    expect(html?.images?.[0]?.alt).toBeUndefined();
    expect(epub).toMatchObject({ format: 'EPUB 3.0', images: [{ document: 'EPUB/chapter-1.xhtml', caption: 'The harbour at dawn. (Drawing: Colophon)' }] });
    expect(epub?.metadata).toContainEqual({ name: 'dc:title', value: 'A Clean Little Book' });
    expect(pdf).toMatchObject({ format: 'PDF 1.7', pageCount: 2 });
    expect(pdf?.metadata).toContainEqual({ name: 'Info /Title', value: 'Two pages' });
    for (const file of report.files) expect(file.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('thumbnails of the PDF pages, made with pdftoppm (or a note saying why not)', (context) => {
    const pdf = report.files[2];
    // Without pdftoppm the report says why it has no thumbnails: a marked skip here, a failure in CI (which installs poppler-utils).
    // Mutation checked: with CI=true and pdftoppm off the PATH (PATH=/nonexistent-bin:$(dirname $(which node))), this test fails.
    requireTool(context, { name: 'pdftoppm', available: !pdf?.notes?.some((note) => note.includes('pdftoppm')), install: 'Debian package poppler-utils' });
    expect(pdf?.thumbnails?.map((thumbnail) => thumbnail.page)).toEqual([1, 2]);
    expect(pdf?.thumbnails?.[0]?.width).toBe(180);
    expect(pdf?.thumbnails?.[0]?.dataUri).toMatch(/^data:image\/png;base64,iVBOR/);
  });
});

describe('report.html', () => {
  it('is itself free of axe violations', async () => {
    const html = reportHtml(report);
    if (process.env['REPORT_PREVIEW']) writeFileSync(process.env['REPORT_PREVIEW'], html);
    expect(await auditHtml(html, { file: 'report.html', browser })).toEqual([]);
  });

  it('shows findings by rule with the fix, a section per file, the images to review, the metadata and the pages', () => {
    const html = reportHtml(report);
    expect(html).toContain('id="rule-image-alt"');
    expect(html).toContain('id="rule-metadata-accessmode"');
    expect(html).toContain('How to fix:');
    expect(html).toContain('None: the image has no text alternative.');
    expect(html).toContain('<caption id="file-2-metadata">Metadata found</caption>');
    expect(html).toMatch(/<img src="data:image\/png;base64,[^"]+" width="180"/);
    expect(html).not.toMatch(/<script|\shref="(?!#|https?:)|\ssrc="(?!data:)/);
  });

  it('a clean report says there is nothing to report', () => {
    const clean = makeReport({ version: '0.0.0-test', failOn: 'serious', files: [{ file: 'clean.html', kind: 'html', findings: 0 }], findings: [] });
    expect(reportHtml(clean)).toContain('Nothing to report');
  });
});
