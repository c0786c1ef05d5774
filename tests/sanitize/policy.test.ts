import { describe, expect, it } from 'vitest';
import { sanitizeFragment } from '../../src/sanitize/sanitize.js';

describe('the one allowlist', () => {
  it.each([
    ['<p onclick="steal()">text</p>', '<p>text</p>'],
    ['<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="JaVaScRiPt&#58;alert(1)">x</a>', '<a>x</a>'],
    ['<a href=" &#14; javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<img src="https://tracker.example/p.gif" alt="">', ''],
    ['<img src="file:///etc/passwd" alt="">', ''],
    ['<iframe src="https://example.org"></iframe>after', 'after'],
    ['<p style="background:url(https://t.example/x)">s</p>', '<p>s</p>'],
    ['<base href="https://evil.example/"><p>x</p>', '<p>x</p>'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example"><p>x</p>', '<p>x</p>'],
    ['<svg><script>alert(1)</script></svg>t', 't'],
    // MathML is allowed now (issue #12): the math stays, the table, mglyph and style inside it do not.
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<math><mtext></mtext></math>'],
    ['<span role="button">r</span>', '<span>r</span>'],
  ])('%s', (input, expected) => {
    expect(sanitizeFragment(input)).toBe(expected);
  });

  it('keeps the semantic markup the outputs need', () => {
    const kept =
      '<figure id="figure-1"><img src="images/figure-1.svg" alt="Alt" width="10" height="5" /><figcaption>Cap <span class="credit">Photo : X</span></figcaption></figure>' +
      '<p class="standfirst">Lead <abbr title="Organisation">ORG</abbr> <time datetime="2023-06">juin</time> <a href="https://example.org/">lien</a></p>' +
      '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><ol start="3"><li>x</li></ol>';
    expect(sanitizeFragment(kept)).toBe(kept);
  });

  it('keeps the DPUB-ARIA roles the outputs use, on any element, and no other role', () => {
    expect(sanitizeFragment('<a href="#n1" role="doc-noteref">1</a><section role="doc-endnotes">n</section><span title="2" role="doc-pagebreak"></span>')).toBe(
      '<a href="#n1" role="doc-noteref">1</a><section role="doc-endnotes">n</section><span title="2" role="doc-pagebreak"></span>',
    );
    expect(sanitizeFragment('<div role="dialog">d</div><a role="button" href="#x">b</a>')).toBe('<div>d</div><a href="#x">b</a>');
  });

  it('is idempotent', () => {
    const once = sanitizeFragment('<p>a &amp; b &lt;c&gt; « d »</p><img src="images/a.png" alt="x">');
    expect(sanitizeFragment(once)).toBe(once);
  });
});
