import { describe, expect, it } from 'vitest';
import { sanitizeFragment } from '../../src/sanitize/sanitize.js';

// Presentation MathML and table alignment through the one allowlist (issue #12 items 3 and 4).
describe('MathML through the allowlist', () => {
  it('keeps presentation MathML with its layout attributes and its spoken form', () => {
    // Fails when the MathML entries are taken out of ALLOWED_TAGS / ATTRIBUTES_BY_TAG (src/sanitize/policy.ts).
    const math =
      '<p>Area <math display="block" alttext="a over b"><semantics><mrow><mfrac linethickness="1px"><mi mathvariant="normal">a</mi><mi>b</mi></mfrac>' +
      '<mo stretchy="false">=</mo><msqrt><msup><mi>x</mi><mn>2</mn></msup></msqrt><mtable><mtr><mtd columnspan="1"><mn>1</mn></mtd></mtr></mtable></mrow>' +
      '<annotation encoding="application/x-tex">\\frac{a}{b}</annotation></semantics></math>.</p>';
    expect(sanitizeFragment(math)).toBe(math);
  });

  // The last three fail without the out-of-place rule (isOutOfPlace → exclusiveFilter's 'excludeTag' in src/sanitize/policy.ts).
  it.each([
    ['href on a token', '<math><mi href="javascript:alert(1)">x</mi></math>', '<math><mi>x</mi></math>'],
    ['xlink:href', '<math xlink:href="https://evil.example/"><mi xlink:href="javascript:alert(1)">x</mi></math>', '<math><mi>x</mi></math>'],
    ['style and class', '<math style="background:url(https://evil.example/)" class="c"><mi style="color:red">x</mi></math>', '<math><mi>x</mi></math>'],
    ['maction (its children stay)', '<math><maction actiontype="toggle"><mi>a</mi><mi>b</mi></maction></math>', '<math><mi>a</mi><mi>b</mi></math>'],
    ['annotation-xml carrying HTML', '<math><semantics><mi>x</mi><annotation-xml encoding="text/html"><p onclick="x()">hi</p><script>alert(1)</script></annotation-xml></semantics></math>', '<math><semantics><mi>x</mi></semantics></math>'],
    ['mglyph src', '<math><mi><mglyph src="https://evil.example/g.png" alt="g"></mglyph>x</mi></math>', '<math><mi>x</mi></math>'],
    ['<math><style>', '<math><style><img src=x onerror=alert(1)></style><mi>x</mi></math>', '<math><mi>x</mi></math>'],
    ['HTML inside math loses its tag', '<math><mtext><b>bold</b><a href="https://example.org/">l</a></mtext></math>', '<math><mtext>boldl</mtext></math>'],
    ['MathML outside math loses its tag', '<p><mi>x</mi><mtext>t</mtext></p>', '<p>xt</p>'],
    ['math inside math loses its tag', '<math><math><mi>n</mi></math></math>', '<math><mi>n</mi></math>'],
    ['event handlers', '<math onload="alert(1)"><mi onmouseover="alert(1)">x</mi></math>', '<math><mi>x</mi></math>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeFragment(input)).toBe(expected);
  });

  it('is idempotent on MathML', () => {
    const once = sanitizeFragment('<math><mtext><table><mglyph><style><img src=x onerror=alert(1)><mi>x</mi></math><p>after</p>');
    expect(sanitizeFragment(once)).toBe(once);
  });
});

describe('table cells keep their alignment as a class', () => {
  it('turns text-align and align into align-* classes, and drops every other style', () => {
    // Fails without withAlignmentClass in the policy's transformTags (src/sanitize/policy.ts, src/sanitize/table-alignment.ts).
    const input = '<table><caption>Prices</caption><thead><tr><th scope="col" style="text-align:right">A</th><th style="text-align: center;">B</th></tr></thead>' +
      '<tbody><tr><td style="text-align:left">1</td><td align="right">2</td><td style="color:red">3</td></tr></tbody></table>';
    expect(sanitizeFragment(input)).toBe(
      '<table><caption>Prices</caption><thead><tr><th scope="col" class="align-right">A</th><th class="align-center">B</th></tr></thead>' +
        '<tbody><tr><td class="align-left">1</td><td class="align-right">2</td><td>3</td></tr></tbody></table>',
    );
  });

  it('allows no other class on cells', () => {
    expect(sanitizeFragment('<table><tr><td class="evil align-right">x</td></tr></table>')).toBe('<table><tr><td class="align-right">x</td></tr></table>');
  });
});
