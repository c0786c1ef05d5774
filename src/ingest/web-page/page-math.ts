/** A `display: none` (or `visibility: hidden`) declaration in a style attribute. */
const HIDING_DECLARATION = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?=;|$)/gi;

/**
 * Makes a page's MathML reach extraction as the content it is. Wikipedia (and MediaWiki sites) save each formula as
 * MathML inside a span hidden by an inline `display: none`, next to an `aria-hidden` image of it: Readability drops
 * what is hidden, so the hiding declarations of a formula's ancestors are taken off (the image, hidden from assistive
 * technology, goes with the furniture). And MediaWiki writes the formula's TeX source as its `alttext`: an alttext that
 * is only the TeX annotation again describes nothing, so it is removed and the formula gets a spoken form like
 * Markdown math (src/ingest/math/describe-math.ts).
 */
export function revealMath(document: Document): void {
  for (const math of Array.from(document.querySelectorAll('body math'))) {
    for (let parent = math.parentElement; parent && parent.tagName.toLowerCase() !== 'body'; parent = parent.parentElement) {
      const style = parent.getAttribute('style');
      const shown = style?.replace(HIDING_DECLARATION, '');
      if (style && shown !== style) parent.setAttribute('style', shown ?? '');
    }
    const tex = math.querySelector('annotation[encoding="application/x-tex"]')?.textContent?.trim();
    if (tex && math.getAttribute('alttext')?.trim() === tex) math.removeAttribute('alttext');
  }
}
