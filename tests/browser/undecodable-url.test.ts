import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHtml } from '../../src/audit/html/audit-html.js';
import { SITE_ORIGIN, sitePathOf } from '../../src/browser/in-memory-site.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { printToPdf } from '../../src/pdf/print-to-pdf.js';
import { testBrowserPath } from '../support/browser.js';

/**
 * A document naming a URL whose path does not decode (`%E0.png`) is audited and printed like any other: the request
 * handler asked `sitePathOf`, which threw a URIError; the request stayed unanswered, the page waited for its 30 s
 * navigation limit, and the rejection was unhandled (which ends a Node process). Found reading the change for #15.
 *
 * Catches: the try/catch in `sitePathOf` (src/browser/in-memory-site.ts) removed: both tests fail (URIError; the audit
 * waits out its navigation limit; checked).
 */
const HOSTILE = '<!DOCTYPE html><html lang="en"><head><title>t</title><link rel="stylesheet" href="%zz.css"></head><body><main><h1>Hi</h1><img src="%E0.png"></main></body></html>';

let browser: RenderingBrowser;
beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
}, 60_000);
afterAll(async () => browser?.close());

describe('a URL whose path does not decode', () => {
  it('names no file of the site', () => {
    expect(sitePathOf(`${SITE_ORIGIN}/%E0.png`)).toBeUndefined();
    expect(sitePathOf(`${SITE_ORIGIN}/images/a%20b.png`)).toBe('images/a b.png');
  });

  it('is blocked like any URL outside the site: the page is audited and printed', async () => {
    const findings = await auditHtml(HOSTILE, { file: 'hostile.html', browser });
    expect(findings.map((finding) => finding.ruleId)).toContain('image-alt');
    const pdf = await printToPdf(browser, new Map([['index.html', { mediaType: 'text/html; charset=utf-8', body: HOSTILE }]]), 'index.html');
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
  }, 20_000);
});
