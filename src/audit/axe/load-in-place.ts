import type { Page } from 'puppeteer-core';
import { siteUrl } from '../../browser/in-memory-site.js';

/**
 * Whether an XHTML document is plain enough to be written into a page in place of another, or to be replaced
 * so (a navigation costs about half of what an axe document costs Chromium). A precaution: anything whose
 * behaviour on insertion or removal might differ from a load's — a refresh or other `http-equiv` (whose
 * timer could outlive the document), a `<base>`, frames, plug-ins — is opened and left by navigations.
 * (The fixtures' refresh gives the same findings in place: tests/audit/axe-reuse.test.ts.)
 */
export function loadableInPlace(text: string): boolean {
  return !/http-equiv|<(?:[\w-]+:)?(?:base|iframe|frame|frameset|object|embed|portal|fencedframe)\b/i.test(text);
}

/**
 * Replaces the XHTML document the page shows with `xhtml` at site path `entry`, as a navigation would show it:
 * the URL (so every relative reference) becomes the entry's, the XML is parsed as XML (an XHTML document stays
 * one), and the returned promise waits for the stylesheets, images and fonts the new document asks for.
 * Evaluated through DevTools (the page's own scripts stay off; nothing of the document runs: scripts made by
 * DOMParser never run, and the page's `script-src 'none'` policy stays). False, with the page unchanged,
 * when the page shows no XHTML document or the text is not well-formed XML (a navigation then shows what
 * Chromium shows for it).
 */
export async function loadInPlace(page: Page, entry: string, xhtml: string): Promise<boolean> {
  return page.evaluate(
    async (text: string, url: string) => {
      if (document.contentType !== 'application/xhtml+xml') return false;
      const parsed = new DOMParser().parseFromString(text, 'application/xhtml+xml');
      if (parsed.getElementsByTagNameNS('http://www.mozilla.org/newlayout/xml/parsererror.xml', 'parsererror').length > 0 || parsed.querySelector('parsererror')) return false;
      history.replaceState(null, '', url);
      window.scrollTo(0, 0);
      document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
      // No named functions in here: a bundler's name helper would not exist in the page.
      const pending = [
        ...Array.from(document.querySelectorAll('link')).filter((link) => /\bstylesheet\b/i.test(link.rel) && !link.sheet),
        ...Array.from(document.images).filter((image) => !image.complete),
      ];
      const loads = pending.map(
        (element) =>
          new Promise((resolve) => {
            element.addEventListener('load', resolve, { once: true });
            element.addEventListener('error', resolve, { once: true });
          }),
      );
      // A stylesheet link of a type Chromium does not load fires neither event: 10 s at most, as the navigation's 30 s covers all.
      await Promise.race([Promise.all(loads), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      await document.fonts.ready;
      return true;
    },
    xhtml,
    siteUrl(entry),
  );
}
