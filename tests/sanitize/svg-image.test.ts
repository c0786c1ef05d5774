import { describe, expect, it } from 'vitest';
import { sanitizeSvgImage } from '../../src/sanitize/svg-image.js';

const svg = (body: string) => new TextEncoder().encode(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${body}</svg>`);
const clean = (body: string) => new TextDecoder().decode(sanitizeSvgImage(svg(body)));

describe('SVG images keep their drawing and nothing else', () => {
  it.each([
    ['<script>fetch("http://127.0.0.1/x")</script><rect width="1" height="1"/>', /<script/],
    ['<rect onload="alert(1)" width="1" height="1"/>', /onload/],
    ['<foreignObject><iframe src="http://127.0.0.1/"/></foreignObject>', /foreignObject|iframe/],
    ['<image href="http://127.0.0.1/pixel.png" width="1" height="1"/>', /127\.0\.0\.1/],
    ['<image xlink:href="file:///etc/passwd" width="1" height="1"/>', /passwd/],
    ['<use href="http://127.0.0.1/sprite.svg#a"/>', /127\.0\.0\.1/],
    ['<style>@import url(http://127.0.0.1/s.css);</style>', /<style|@import/],
    ['<rect style="fill:url(http://127.0.0.1/p)" width="1" height="1"/>', /127\.0\.0\.1/],
    ['<a href="javascript:alert(1)"><rect width="1" height="1"/></a>', /javascript|<a/],
    ['<animate attributeName="href" to="javascript:alert(1)"/>', /animate|javascript/],
  ])('%s', (body, forbidden) => {
    const result = clean(body);
    expect(result).not.toMatch(forbidden);
    expect(result).toMatch(/^<svg /);
  });

  it('keeps shapes, text, titles, gradients and internal references', () => {
    const body = '<title id="t">Titre</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="5" height="5" fill="url(#g)"/><use href="#t"/><text x="1" y="9">Photo d’origine</text>';
    const result = clean(body);
    for (const kept of ['<title id="t">Titre</title>', 'fill="url(#g)"', '<use href="#t"/>', '>Photo d', '<linearGradient id="g">']) expect(result).toContain(kept);
  });
});
