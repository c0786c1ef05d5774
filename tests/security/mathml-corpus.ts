/**
 * MathML vectors (issue #12 item 3): mXSS through mtext/mglyph/style, href and xlink:href on MathML, maction,
 * annotation-xml carrying HTML and script, <math><style>. `{{server}}` is a recording server on 127.0.0.1.
 */
export const CLOSED_MATHML_VECTORS: readonly string[] = [
  '<math><mtext><h1><a title="</mtext><img src=x onerror=fetch(\'{{server}}/mxss-title\')>">x</a></h1></mtext></math>',
  '<math><mi href="javascript:fetch(\'{{server}}/mi-href\')">click</mi></math>',
  '<math href="{{server}}/math-href"><mn>1</mn></math>',
  '<math><mi xlink:href="javascript:alert(1)" xmlns:xlink="http://www.w3.org/1999/xlink">x</mi></math>',
  '<math><maction actiontype="statusline"><mi>a</mi><mtext>javascript:alert(1)</mtext></maction></math>',
  '<math><semantics><mi>x</mi><annotation-xml encoding="text/html"><script>fetch("{{server}}/annotation-script")</script><img src="{{server}}/annotation.png"></annotation-xml></semantics></math>',
  '<math><style>@import url("{{server}}/math-style.css");</style><mi>y</mi></math>',
  '<math><mi style="background:url({{server}}/mi-style.png)">z</mi></math>',
  '<math><mglyph src="{{server}}/mglyph.png" alt="g"/></math>',
  '<math><mtext><svg><foreignObject><iframe src="{{server}}/iframe"></iframe></foreignObject></svg></mtext></math>',
  '<math onload="fetch(\'{{server}}/math-onload\')"><mi onmouseover="alert(1)">w</mi></math>',
];

/** Unclosed: what follows it is swallowed (and reported), so it comes last in any article that carries it. */
export const UNCLOSED_MATHML_VECTOR = '<math><mtext><table><mglyph><style><img src=x onerror="fetch(\'{{server}}/mxss-mglyph\')">';
