import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHtml } from '../../src/audit/html/audit-html.js';
import type { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { printToPdf } from '../../src/pdf/print-to-pdf.js';
import { PdfScratch, pdftotext } from '../support/poppler.js';
import { type ConnectionRecorder, settle, startConnectionRecorder } from './connection-recorder.js';
import { ARTICLE_TEXT, BEFORE_INTERCEPTION, HOSTILE_VECTORS, NETWORK_VECTORS, hostilePage } from './hostile-corpus.js';
import { launchWithDefences } from './launch-with-defences.js';

/**
 * Issue #19 item 1: each of the renderer's layers holds alone. Hostile markup goes straight into the audit
 * (`auditHtml`, scripts run through DevTools only) and into the print page (`printToPdf`, JavaScript off),
 * bypassing the sanitizer, in a Chromium with one layer switched off through the test-only
 * `UNSAFE_NETWORK_FOR_TESTS`. The sanitizer alone: tests/security/hostile-carriers.test.ts. Both layers
 * together, and the controls that show the listeners hear Chromium when the defences are off:
 * tests/security/network-lockdown.test.ts.
 */
let recorder: ConnectionRecorder;
let scratch: string;
let fileVectors: string[];
const CANARY = 'COLOPHON-FILE-CANARY';

beforeAll(async () => {
  recorder = await startConnectionRecorder();
  scratch = mkdtempSync(join(tmpdir(), 'colophon-defence-'));
  writeFileSync(join(scratch, 'canary.html'), `<p>${CANARY}-HTML</p>`);
  writeFileSync(join(scratch, 'canary.css'), `body::before { content: "${CANARY}-CSS" }`);
  writeFileSync(join(scratch, 'canary.svg'), `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="20"><text y="15">${CANARY}-SVG</text></svg>`);
  const file = (name: string) => `file://${join(scratch, name)}`;
  // Local files a page might show (and so print) if it could read them.
  fileVectors = [
    `<iframe src="${file('canary.html')}"></iframe>`,
    `<object data="${file('canary.html')}"></object>`,
    `<embed src="${file('canary.svg')}">`,
    `<link rel="stylesheet" href="${file('canary.css')}">`,
    `<style>@import url("${file('canary.css')}");</style>`,
    `<img src="${file('canary.svg')}" alt="canary">`,
  ];
});

afterAll(async () => {
  await recorder?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const site = (html: string) => new Map([['index.html', { mediaType: 'text/html; charset=utf-8', body: html }]]);

/** Audits and prints `html` (one page each way), lets late sockets arrive, and returns the printed text and the connections the listeners accepted. */
async function renderBothWays(browser: RenderingBrowser, auditedHtml: string, printedHtml: string): Promise<{ connections: number; printed: string }> {
  recorder.reset();
  await auditHtml(auditedHtml, { file: 'hostile.html', browser });
  const pdf = await printToPdf(browser, site(printedHtml), 'index.html');
  await settle(800);
  const pdfScratch = await PdfScratch.create();
  try {
    const path = await pdfScratch.write('hostile.pdf', pdf);
    return { connections: recorder.connections().count, printed: (await pdftotext(path)).replace(/\s+/g, ' ') };
  } finally {
    await pdfScratch.remove();
  }
}

describe('request interception alone (Chromium without the lockdown flags), hostile markup past the sanitizer', () => {
  let browser: RenderingBrowser;
  beforeAll(async () => {
    browser = await launchWithDefences({ lockdownFlags: false });
  }, 60_000);
  afterAll(async () => browser?.close());

  // Fails when `request.abort('blockedbyclient')` in `ReusablePage.answer` (src/browser/reusable-page.ts) becomes
  // `request.continue()`: the images, backgrounds, stylesheets, @import, prefetch and SVG image connect (checked).
  // Left out: the vectors Chromium opens a socket for before interception (BEFORE_INTERCEPTION), which only the flags stop.
  it('makes no connection and reads no file, in the audit and in the print page', async () => {
    for (const origin of recorder.origins) {
      const vectors = HOSTILE_VECTORS.filter((vector) => !BEFORE_INTERCEPTION.has(vector)).map((vector) => vector.replaceAll('{{server}}', origin));
      const html = hostilePage([...vectors, ...fileVectors].join('\n'));
      const { connections, printed } = await renderBothWays(browser, html, html);
      expect(connections, origin).toBe(0);
      expect(printed).toContain(ARTICLE_TEXT);
      expect(printed).not.toContain(CANARY);
      expect(printed).not.toContain('root:x:0:0');
    }
  }, 60_000);
});

describe('the lockdown flags alone (every request outside the site let through), hostile markup past the sanitizer', () => {
  let browser: RenderingBrowser;
  beforeAll(async () => {
    browser = await launchWithDefences({ requestBlocking: false });
  }, 60_000);
  afterAll(async () => browser?.close());

  // Fails when `NETWORK_LOCKDOWN_ARGS` are left out of the launch in src/browser/rendering-browser.ts (checked).
  it('make no connection and read no file, in the audit and in the print page', async () => {
    for (const origin of recorder.origins) {
      const all = [...HOSTILE_VECTORS, ...NETWORK_VECTORS.map((vector) => vector.markup)].map((vector) => vector.replaceAll('{{server}}', origin));
      // A refresh that is let through leaves the print page before it prints: the print page gets the rest.
      const printable = all.filter((vector) => !vector.includes('http-equiv="refresh"'));
      const { connections, printed } = await renderBothWays(browser, hostilePage([...all, ...fileVectors].join('\n')), hostilePage([...printable, ...fileVectors].join('\n')));
      expect(connections, origin).toBe(0);
      expect(printed).toContain(ARTICLE_TEXT);
      expect(printed).not.toContain(CANARY);
      expect(printed).not.toContain('root:x:0:0');
    }
  }, 60_000);
});
