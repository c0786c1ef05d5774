import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHtml } from '../../src/audit/html/audit-html.js';
import { siteUrl } from '../../src/browser/in-memory-site.js';
import { type LaunchOptions, RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { type TestOnlyLaunchOptions, UNSAFE_NETWORK_FOR_TESTS } from '../../src/browser/unsafe-network-for-tests.js';
import type { Finding } from '../../src/model/finding.js';
import { printToPdf } from '../../src/pdf/print-to-pdf.js';
import { testBrowserPath } from '../support/browser.js';
import { type ConnectionRecorder, settle, startConnectionRecorder } from './connection-recorder.js';
import { NETWORK_VECTORS, type NetworkVector, hostilePage } from './hostile-corpus.js';

/**
 * Issue #18 item 4: Chromium, as Colophon launches it, opens no connection at all for hostile HTML given
 * straight to the audit and to the print page (no sanitizer in front): no preconnect, prefetch, DNS prefetch,
 * iframe or refresh navigation, to 127.0.0.1 or [::1]; and a page that refreshes is a finding, not a crash.
 *
 * Mutations checked before committing (each makes these tests fail):
 * - `NETWORK_LOCKDOWN_ARGS` left out of the launch (src/browser/rendering-browser.ts): "opens no connection" fails for
 *   preconnect, both iframes (1 connection each) and the remote refreshes (2 each), as in the issue;
 * - `request.respond({ status: 204 })` in `ReusablePage.answerNavigation` replaced by `request.abort('blockedbyclient')`:
 *   the 0 s refresh tests fail ("Execution context was destroyed": the error page replaced the document) and so does
 *   "cancels a refresh ... once";
 * - the Referer check in `ReusablePage.answerNavigation` replaced by "serve every main-frame navigation to a site file":
 *   the same-page refresh reloads the page again and again (the same two tests fail);
 * - the `documentLost` catch in src/audit/axe/run-axe.ts disabled: the control's "0 s to a remote URL" throws
 *   "Execution context was destroyed" instead of giving a page-navigates finding;
 * - the declared refreshes left out of `pageNavigatesFindings` (src/audit/axe/run-axe.ts): the 0 s refreshes here lose
 *   their page-navigates finding whenever Chromium's navigation reaches the handler after axe ended (one full CI run in
 *   several); tests/audit/declared-refresh.test.ts fails every time.
 */
let recorder: ConnectionRecorder;
let browser: RenderingBrowser;
const html = (vector: NetworkVector, origin: string) => hostilePage(vector.markup.replaceAll('{{server}}', origin));

beforeAll(async () => {
  recorder = await startConnectionRecorder();
  browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await recorder?.close();
});

const rules = (findings: readonly Finding[]) => findings.map((finding) => finding.ruleId);

describe('Chromium as Colophon launches it, given hostile HTML without the sanitizer', () => {
  it.each(NETWORK_VECTORS.map((vector) => [vector.name, vector] as const))('opens no connection for %s (audit and print page)', async (_name, vector) => {
    for (const origin of recorder.origins) {
      recorder.reset();
      const markup = html(vector, origin);
      const findings = await auditHtml(markup, { file: 'hostile.html', browser });
      const pdf = await printToPdf(browser, new Map([['index.html', { mediaType: 'text/html; charset=utf-8', body: markup }]]), 'index.html');
      // A 1 s refresh fires after the page was handed back: wait for it too.
      await settle(vector.refresh?.seconds === 1 ? 1_800 : 500);
      expect(recorder.connections(), `${vector.name} → ${origin}`).toEqual({ count: 0, lines: [] });
      // The document stayed what it was for axe, and printed.
      expect(rules(findings)).toContain('image-alt');
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
      if (vector.refresh?.seconds === 1) expect(rules(findings)).toContain('meta-refresh');
      if (vector.refresh?.seconds === 0) {
        const target = vector.refresh.to === 'remote' ? `to ${origin}/refresh-0` : 'to itself';
        expect(findings.filter((finding) => finding.ruleId === 'page-navigates').map((finding) => [finding.impact, finding.message])).toEqual([
          ['serious', expect.stringContaining(target)],
        ]);
      }
    }
  }, 60_000);

  it('cancels a refresh to the page itself once, without reloading it again and again', async () => {
    const site = new Map([['index.html', { mediaType: 'text/html; charset=utf-8', body: hostilePage('<meta http-equiv="refresh" content="0" />') }]]);
    const seen = await browser.withPage({ site, entry: 'index.html', scripts: 'devtools-only' }, async ({ page, blocked }) => {
      for (let waited = 0; blocked.length === 0 && waited < 10_000; waited += 50) await settle(50);
      await settle(1_000);
      return { navigations: blocked.filter((request) => request.navigation === 'page').map((request) => request.url), url: page.url(), text: await page.evaluate(() => document.querySelector('h1')?.textContent) };
    });
    expect(seen).toEqual({ navigations: [siteUrl('index.html')], url: siteUrl('index.html'), text: 'Hostile' });
  }, 60_000);
});

/**
 * The controls: the listeners do see what Chromium opens when Colophon's defences are off (a browser launched
 * the same way with `UNSAFE_NETWORK_FOR_TESTS`), so "no connection" above is a measurement, not a listener that hears nothing.
 */
describe('the same browser with the renderer’s defences switched off (control)', () => {
  let open: RenderingBrowser;
  beforeAll(async () => {
    const options: LaunchOptions & TestOnlyLaunchOptions = { executablePath: testBrowserPath(), [UNSAFE_NETWORK_FOR_TESTS]: { lockdownFlags: false, requestBlocking: false } };
    open = await RenderingBrowser.launch(options);
  }, 60_000);
  afterAll(async () => open?.close());

  it.each(NETWORK_VECTORS.filter((vector) => vector.observable).map((vector) => [vector.name, vector] as const))('does connect for %s', async (_name, vector) => {
    for (const origin of recorder.origins) {
      recorder.reset();
      // A refresh that really navigates may replace the document under axe: the audit still returns, never throws (the catch
      // of "Execution context was destroyed" in src/audit/axe/run-axe.ts, or the URL check after axe). Whether it does so
      // before axe ends is a race here (the navigation is let through): one full run in five saw it after, with no
      // page-navigates finding. That finding is asserted where the refresh is answered 204 (hostile-carriers, axe-reuse).
      await auditHtml(html(vector, origin), { file: 'hostile.html', browser: open });
      expect(await recorder.waitForConnection(10_000), `${vector.name} → ${origin}`).toBeGreaterThan(0);
    }
  }, 60_000);
});
