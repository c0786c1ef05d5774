import type { InMemorySite } from '../browser/in-memory-site.js';
import type { RenderingBrowser } from '../browser/rendering-browser.js';

export interface PrintToPdfOptions {
  /** Called once the print page is loaded, as Chromium is asked to print it (progress; see `PdfBuildOptions.onPrinting`). */
  onPrinting?: () => void;
}

/**
 * Prints the page `entry` of `site` with Chromium: a tagged PDF (structure tree from the DOM),
 * with an outline from the headings, backgrounds, and the page size `@page { size }` asks for.
 *
 * Fonts: they are served from memory, requested while the page is first laid out (before the
 * `load` event `withPage` waits for) and declared `font-display: block`, so no fallback is painted.
 * On top of that, `waitForFonts` has Puppeteer await `document.fonts.ready` before printing. The
 * page's own JavaScript is off, but Puppeteer evaluates this in its isolated world through
 * DevTools, which the switch does not block (checked with Chromium 156). The tests check with
 * `pdffonts` that the text is set in the embedded body font only.
 */
export async function printToPdf(browser: RenderingBrowser, site: InMemorySite, entry: string, options: PrintToPdfOptions = {}): Promise<Uint8Array> {
  return browser.withPage({ site, entry }, async ({ page }) => {
    options.onPrinting?.();
    const pdf = await page.pdf({
      tagged: true,
      outline: true,
      printBackground: true,
      preferCSSPageSize: true,
      waitForFonts: true,
      timeout: 60_000,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  });
}
