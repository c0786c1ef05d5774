import { describe, expect, it } from 'vitest';
import * as colophon from '../../src/index.js';
import { testBrowserPath } from '../support/browser.js';

describe('the public API', () => {
  it('exports exactly this (nothing leaks in by accident)', () => {
    expect(Object.keys(colophon).sort()).toEqual(
      [
        'COLOPHON_VERSION', 'ColophonError', 'IMPACTS', 'OUTPUT_FORMATS', 'PAGE_SIZES', 'REPORT_SCHEMA_VERSION', 'RenderingBrowser',
        'SANITIZE_POLICY', 'StageWorkers', 'articleFileSchema', 'audit', 'auditReportSchema', 'buildBatch', 'buildEpub', 'discoverArticles', 'reportJsonSchema', 'buildPdf', 'composeDocument', 'failsAt', 'ingest',
        'isColophonError', 'locateBrowser', 'makeReport', 'publish', 'renderPrintPage', 'renderWebPage', 'reportHtml', 'reportJson',
        'sanitize', 'sanitizeFragment',
      ].sort(),
    );
  });

  it('publish({ write: false }) returns typed results and bytes without touching the disk', async () => {
    const result = await colophon.publish({
      input: 'content/kfor-otan-ue',
      outDir: '/nonexistent/never-written',
      formats: ['html', 'epub'],
      write: false,
      browser: { executablePath: testBrowserPath() },
    });
    expect(result.metadata.language).toBe('fr');
    expect(result.outputs.html?.path).toBeUndefined();
    expect(new TextDecoder().decode(result.outputs.html?.bytes).startsWith('<!DOCTYPE html>')).toBe(true);
    expect(result.outputs.epub?.bytes.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect(result.report?.schemaVersion).toBe(colophon.REPORT_SCHEMA_VERSION);
    // The sample's two scrape leftovers, dropped by rule and reported (minor): nothing else.
    expect(result.findings.map((finding) => [finding.ruleId, finding.impact])).toEqual([['content-removed', 'minor'], ['content-removed', 'minor']]);
    expect(result.passed).toBe(true);
  });

  it('the stages compose by hand into the same web page', async () => {
    const document = colophon.composeDocument(colophon.sanitize(await colophon.ingest({ path: 'content/kfor-otan-ue' })));
    const html = await colophon.renderWebPage(document);
    expect(html).toContain('<h1 id="article-title">');
  });
});
