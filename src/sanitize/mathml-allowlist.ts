/**
 * Presentation MathML that survives the sanitizer: the elements of MathML Core (what Chromium draws) plus `semantics`
 * with a plain-text `annotation` (the TeX source temml keeps), and their layout attributes. Nothing that links, loads
 * or runs: no `href` or `xlink:*` (MathML 3 allowed links on any element), no `maction` (actions toggled by script),
 * no `annotation-xml` (an HTML integration point: `encoding="text/html"` would carry markup), no `mglyph` (its `src`
 * loads an image), no `style` attribute or element, no `class` (nothing styles it) and no event handler.
 */
export const MATHML_TAGS: readonly string[] = [
  'math', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace',
  'msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover', 'mmultiscripts', 'mprescripts', 'none',
  'mfrac', 'msqrt', 'mroot', 'mstyle', 'merror', 'mpadded', 'mphantom', 'menclose',
  'mtable', 'mtr', 'mtd', 'semantics', 'annotation',
];

/** Attributes any MathML element may carry (besides the policy's global ones: id, lang, dir, title…). */
const MATHML_GLOBAL_ATTRIBUTES = ['displaystyle', 'scriptlevel', 'mathvariant', 'mathsize', 'mathcolor', 'mathbackground', 'intent', 'arg'];

const MATHML_ATTRIBUTES_BY_TAG: Readonly<Record<string, readonly string[]>> = {
  // `alttext`: the spoken form (speech-rule-engine writes it when the author gave none); `display`: block or inline.
  math: ['display', 'alttext'],
  mo: ['form', 'fence', 'separator', 'lspace', 'rspace', 'stretchy', 'symmetric', 'maxsize', 'minsize', 'largeop', 'movablelimits', 'accent'],
  mover: ['accent'],
  munder: ['accentunder'],
  munderover: ['accent', 'accentunder'],
  mfrac: ['linethickness'],
  mspace: ['width', 'height', 'depth'],
  mpadded: ['width', 'height', 'depth', 'lspace', 'voffset'],
  menclose: ['notation'],
  ms: ['lquote', 'rquote'],
  mtable: ['columnalign', 'rowalign', 'columnspacing', 'rowspacing', 'columnlines', 'rowlines', 'frame', 'framespacing', 'equalrows', 'equalcolumns', 'width'],
  mtr: ['columnalign', 'rowalign'],
  mtd: ['columnspan', 'rowspan', 'columnalign', 'rowalign'],
  // Only a text annotation survives (the element holds text; `annotation-xml` is never allowed).
  annotation: ['encoding'],
};

/** Every MathML element with its allowed attributes, in sanitize-html's `allowedAttributes` shape. */
export function mathmlAttributes(): Record<string, string[]> {
  return Object.fromEntries(MATHML_TAGS.map((tag) => [tag, [...MATHML_GLOBAL_ATTRIBUTES, ...(MATHML_ATTRIBUTES_BY_TAG[tag] ?? [])]]));
}

const MATHML = new Set(MATHML_TAGS);

/**
 * Whether `name` is out of place where it stands: MathML belongs only inside `<math>`, and inside `<math>` only
 * MathML. An HTML element inside math (which the browser's parser may treat as a way out of the math, and which an
 * XHTML reader would put in the MathML namespace), a MathML element outside math and a `<math>` inside another lose
 * their tag and keep their text.
 */
export function isOutOfPlace(name: string, insideMath: boolean): boolean {
  if (name === 'math') return insideMath;
  return insideMath !== MATHML.has(name);
}

/**
 * Tracks whether the parser is inside `<math>`, from sanitize-html's `onOpenTag` / `onCloseTag` (which see every
 * element, allowed or not, before any transform). One tracker per sanitizing run.
 */
export class MathContext {
  private readonly open: string[] = [];
  private mathDepth = 0;

  /** Call from onOpenTag, before transformTags runs for this element: whether its parent is inside math. */
  enter(name: string): boolean {
    const inside = this.mathDepth > 0;
    this.open.push(name);
    if (name === 'math') this.mathDepth += 1;
    return inside;
  }

  leave(name: string): void {
    const index = this.open.lastIndexOf(name);
    if (index === -1) return;
    for (const closed of this.open.splice(index)) if (closed === 'math') this.mathDepth -= 1;
  }
}
