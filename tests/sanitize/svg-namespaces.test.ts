import { describe, expect, it } from 'vitest';
import { ColophonError } from '../../src/errors.js';
import { MAX_SVG_DEPTH, sanitizeSvgImage } from '../../src/sanitize/svg-image.js';

const SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const run = (text: string) => new TextDecoder().decode(sanitizeSvgImage(new TextEncoder().encode(text)));
const inSvg = (body: string, rootAttributes = '') => run(`<svg ${SVG}${rootAttributes}>${body}</svg>`);
/** Anything a browser could fetch or run from a sanitized image. */
const REMOTE = /127\.0\.0\.1|javascript:|@import|image-set|<script|<style|<iframe|xml:base|<!DOCTYPE|<!ENTITY|xml-stylesheet/i;

describe('the SVG image sanitizer resolves namespaces', () => {
  // Fails without namespace resolution of attributes: keptAttribute's `uri === XLINK_NAMESPACE` test (an `xl:` prefix is XLink only by its binding).
  it('reads an XLink href bound to any prefix, keeping a fragment and dropping a remote one', () => {
    const result = run('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xl="http://www.w3.org/1999/xlink"><image xl:href="http://127.0.0.1/x.png" width="1" height="1"/><use xl:href="#shape"/></svg>');
    expect(result).not.toMatch(REMOTE);
    expect(result).toContain('<use xlink:href="#shape"/>');
  });

  it('drops an href in another namespace and xml:base, whatever their prefixes', () => {
    const result = run('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://evil.example/ns" xml:base="http://127.0.0.1/"><use xlink:href="#a"/><image href="x.png"/></svg>');
    expect(result).not.toMatch(REMOTE);
    expect(result).not.toContain('evil.example');
    expect(result).toMatch(/<use\/>/);
  });

  it.each([
    ['an XHTML script under any prefix', '<x:script xmlns:x="http://www.w3.org/1999/xhtml">fetch("http://127.0.0.1/")</x:script>'],
    ['an XHTML iframe', '<html:iframe xmlns:html="http://www.w3.org/1999/xhtml" src="http://127.0.0.1/"/>'],
    ['a drawing element name in a foreign default namespace', '<g xmlns="http://www.w3.org/1999/xhtml"><image src="http://127.0.0.1/"/></g>'],
  ])('drops %s with everything inside it', (_, body) => {
    const result = inSvg(`${body}<rect width="1" height="1"/>`);
    expect(result).not.toMatch(REMOTE);
    expect(result).not.toMatch(/xhtml|fetch/);
    expect(result).toContain('<rect width="1" height="1"/>');
  });

  // Fails when isSvgElement ignores the namespace (`tag.uri`): an XHTML <svg> would pass as a drawing.
  it('refuses a root <svg> that its default namespace makes XHTML', () => {
    expect(() => run('<svg xmlns="http://www.w3.org/1999/xhtml"><image src="http://127.0.0.1/x.png"/></svg>')).toThrow(ColophonError);
    expect(() => run('<svg xmlns="http://www.w3.org/1999/xhtml"/>')).toThrow(/not an SVG <svg>/);
  });
});

describe('the SVG image sanitizer reads CSS as a browser does', () => {
  it.each([
    ['a CSS escape in a style attribute', '<rect style="fill:u\\72l(http://127.0.0.1/p)" width="1" height="1"/>'],
    ['a six-digit escape with its space', '<rect style="fill:u\\000072 l(http://127.0.0.1/p)" width="1" height="1"/>'],
    ['an escape in a presentation attribute', '<rect fill="\\75rl(http://127.0.0.1/p)" width="1" height="1"/>'],
    ['a comment splitting url(', '<rect style="fill:u/**/rl(http://127.0.0.1/p)" width="1" height="1"/>'],
    ['image-set()', '<rect style="fill:image-set(\'http://127.0.0.1/p\' 1x)" width="1" height="1"/>'],
    ['an escaped image-set()', '<rect style="fill:\\69mage-set(\'http://127.0.0.1/p\' 1x)" width="1" height="1"/>'],
    ['a marker reaching out', '<path d="M0 0" marker-end="url(http://127.0.0.1/m.svg#m)"/>'],
    ['an escape decoding to another escape', '<rect fill="\\5c 75rl(http://127.0.0.1/p)" width="1" height="1"/>'],
    ['@import in a style element', '<style>@import url(http://127.0.0.1/s.css); rect { fill: red }</style><rect width="1" height="1"/>'],
    ['a property outside the allowlist', '<rect style="cursor:url(http://127.0.0.1/c.png),auto;fill:red" width="1" height="1"/>'],
  ])('takes out %s', (_, body) => {
    const result = inSvg(body);
    expect(result).not.toMatch(REMOTE);
    expect(result).toMatch(/^<svg /);
  });

  // Fails when decodeCss is bypassed (the raw value, with its comment and escape, is then refused): the check reads decoded CSS.
  it('keeps a real value written with comments and escapes, decoded', () => {
    const result = inSvg('<rect fill="/* brand */ #0a0" style="stroke:#00f /* edge */;stroke-width:2" width="1" height="1"/><text font-family="Caf\\e9  Sans">x</text>');
    expect(result).toContain('fill="#0a0"');
    expect(result).toContain('style="stroke:#00f;stroke-width:2"');
    expect(result).toContain('font-family="Café Sans"');
  });
});

describe('the SVG image sanitizer never expands what a DOCTYPE declares into markup or code', () => {
  it('an entity spelling javascript: is text, and checked as such', () => {
    const result = run(`<!DOCTYPE svg [<!ENTITY js "javascript:alert(1)">]><svg ${SVG}><use href="&js;"/><rect fill="&js;" width="1" height="1"/></svg>`);
    expect(result).not.toMatch(REMOTE);
    expect(result).toContain('<use/>');
  });

  it('an entity spelling markup becomes text, never elements', () => {
    const result = run(`<!DOCTYPE svg [<!ENTITY m "<script>fetch('http://127.0.0.1/')</script>">]><svg ${SVG}><text>&m;</text></svg>`);
    expect(result).not.toMatch(/<script|<!DOCTYPE|<!ENTITY/);
    expect(result).toContain('<text>&lt;script&gt;');
  });

  it('an external entity is never read: the image is refused', () => {
    const text = `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg ${SVG}><text>&x;</text></svg>`;
    expect(() => run(text)).toThrow(/not well-formed/);
  });

  it('a nested entity (the billion laughs) is not expanded: refused', () => {
    const text = `<!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">]><svg ${SVG}><text>&b;</text></svg>`;
    expect(() => run(text)).toThrow(ColophonError);
  });

  it('drops processing instructions such as xml-stylesheet', () => {
    const result = run(`<?xml version="1.0"?><?xml-stylesheet href="http://127.0.0.1/s.css"?><svg ${SVG}><rect width="1" height="1"/></svg>`);
    expect(result).not.toMatch(REMOTE);
  });
});

describe('the SVG image sanitizer keeps drawings', () => {
  it('writes a clean drawing back unchanged', () => {
    const drawing = [
      `<svg ${SVG} width="120" height="80" viewBox="0 0 120 80" role="img" aria-labelledby="t">`,
      '<title id="t">A chart (2023): sales; growth</title><desc>Two bars.</desc>',
      '<defs><linearGradient id="g" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="rgb(0, 80, 160)"/></linearGradient>',
      '<clipPath id="c"><rect width="100" height="60"/></clipPath><symbol id="bar"><rect width="10" height="40"/></symbol></defs>',
      '<g clip-path="url(#c)" transform="translate(10 10) rotate(5)"><rect width="100" height="60" fill="url(#g)" style="stroke:#333;stroke-width:0.5"/>',
      '<use xlink:href="#bar" x="20" y="10"/><use href="#bar" x="50" y="5"/><path d="M0 0L10 10z" fill-rule="evenodd"/>',
      '<text x="60" y="75" text-anchor="middle" font-family="Source Serif 4, serif" xml:lang="fr">Ventes d’été &amp; &lt;autres&gt;</text></g>',
      '<image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/></svg>',
    ].join('');
    expect(run(drawing)).toBe(drawing);
  });

  it('keeps a drawing nested as deep as the limit, and refuses one nested deeper', () => {
    const nested = (depth: number) => inSvg(`${'<g>'.repeat(depth)}<rect width="1" height="1"/>${'</g>'.repeat(depth)}`);
    expect(nested(MAX_SVG_DEPTH - 2).split('<g>').length - 1).toBe(MAX_SVG_DEPTH - 2); // svg + groups + rect = the limit
    // Fails without the `written.length >= MAX_SVG_DEPTH` check in sanitizeSvgImage's opentag handler.
    expect(() => nested(20_000)).toThrow(/more than 256 deep/);
  });
});
