import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowserPath } from '../support/browser.js';
import { MARKDOWN_ARTICLE, QUAY_SVG, startTestService } from './service-harness.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The editors' page, used as an editor would: in Chromium, with the keyboard, a file chooser, and a screen reader's view (axe). */
describe('the page for editors', () => {
  let service: Awaited<ReturnType<typeof startTestService>>;
  let browser: Browser;
  let folder: string;
  beforeAll(async () => {
    service = await startTestService({ limits: { concurrency: 1 } });
    browser = await puppeteer.launch({ executablePath: testBrowserPath(), headless: true, args: ['--no-sandbox'] });
    folder = mkdtempSync(join(tmpdir(), 'colophon-editor-'));
    writeFileSync(join(folder, 'harbour.md'), MARKDOWN_ARTICLE);
    writeFileSync(join(folder, 'quay.svg'), QUAY_SVG);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await service?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('has no axe violation, labels every control, and announces progress politely', async () => {
    const page = await browser.newPage();
    await page.goto(`${service.url}/`);
    await page.evaluate(AXE_SOURCE);
    const result = (await page.evaluate(() => (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }))) as { violations: { id: string }[] };
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
    expect(await page.$eval('#status', (status) => [status.getAttribute('role'), status.getAttribute('aria-live')])).toEqual(['status', 'polite']);
    await page.close();
  });

  it('uploads an article and its image from the keyboard, shows progress, and offers the outputs to download', async () => {
    const page = await browser.newPage();
    await page.goto(`${service.url}/`);
    const statuses: string[] = [];
    await page.exposeFunction('recordStatus', (text: string) => statuses.push(text));
    await page.evaluate(() => {
      const status = document.getElementById('status') as HTMLElement;
      new MutationObserver(() => (window as unknown as { recordStatus(text: string): void }).recordStatus(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await (await page.$('input#article'))?.uploadFile(join(folder, 'harbour.md'));
    await (await page.$('input#files'))?.uploadFile(join(folder, 'quay.svg'));
    await page.select('#page-size', 'A5');
    // Submit with the keyboard: focus the button, press Enter.
    await page.focus('#build');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^Done\.|failed/.test(document.getElementById('status')?.textContent ?? ''), { timeout: 90_000 });
    expect(await page.$eval('#status', (status) => status.textContent)).toMatch(/^Done\./);
    expect(statuses.some((text) => /Queued|Waiting|Building/.test(text))).toBe(true);
    const links = await page.$$eval('#downloads a', (anchors) => anchors.map((anchor) => ({ text: anchor.textContent, href: anchor.getAttribute('href'), download: anchor.getAttribute('download') })));
    expect(links.map((link) => link.text)).toEqual(expect.arrayContaining(['Web page (index.html)', 'EPUB (harbour.epub)', 'PDF (harbour.pdf)', 'Audit report (report.html)']));
    const pdf = links.find((link) => link.text?.startsWith('PDF')) as { href: string; download: string };
    expect(pdf.download).toBe('harbour.pdf');
    const bytes = await page.evaluate(async (href) => new Uint8Array(await (await fetch(href)).arrayBuffer()).slice(0, 5).join(','), pdf.href);
    expect(bytes).toBe([...new TextEncoder().encode('%PDF-')].join(','));
    await page.close();
  }, 120_000);
});
