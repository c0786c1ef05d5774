import { describe, expect, it } from 'vitest';
import { parseMarkup, serializeXhtml } from '../../src/epub/xhtml-serializer.js';

const xhtml = (html: string) => serializeXhtml(parseMarkup(html).children);

describe('serializeXhtml makes well-formed XHTML of whatever HTML it gets', () => {
  it('writes named entities as characters and escapes markup characters', () => {
    expect(xhtml('<p>a&nbsp;b &amp; c &lt; d</p>')).toBe('<p>a\u00a0b &amp; c &lt; d</p>');
  });

  it('gives every attribute a quoted value and self-closes void elements', () => {
    expect(xhtml('<img src="images/a.png" alt><br>')).toBe('<img src="images/a.png" alt=""/><br/>');
    expect(xhtml('<p title="a &quot;b&quot; <c>"></p>')).toBe('<p title="a &quot;b&quot; &lt;c&gt;"></p>');
  });

  it('keeps attributes epub-gen-memory would strip', () => {
    expect(xhtml('<ol start="3" reversed><li value="3"><time datetime="2023-06-15">x</time></li></ol>')).toBe(
      '<ol start="3" reversed=""><li value="3"><time datetime="2023-06-15">x</time></li></ol>',
    );
  });

  it('puts inline SVG and MathML in their namespaces and keeps SVG’s mixed-case names', () => {
    expect(xhtml('<svg viewBox="0 0 1 1"><use xlink:href="#a"/><linearGradient id="g"></linearGradient></svg>')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#a"/><linearGradient id="g"/></svg>',
    );
    expect(xhtml('<math><mi>x</mi></math>')).toBe('<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math>');
  });

  it('drops characters XML forbids, and comments', () => {
    expect(xhtml('<p>a\u0001b<!-- note --></p>')).toBe('<p>ab</p>');
  });
});
