/**
 * The print edition's math, for Chromium's tagged PDF: Chromium tags a `<math>` as nested NonStruct elements with no
 * text alternative. Given `role="img"` and its spoken form (`alttext`) as `aria-label`, it becomes one Figure with
 * /Alt, which the PDF stage then retags `Formula` (see src/pdf/formula-tagging.ts). Only the print page gets this:
 * the web page and the EPUB keep their MathML as it is, for assistive technology that reads MathML itself.
 */
export function mathForPrint(articleHtml: string): string {
  return articleHtml.replace(/<math\b([^>]*)>/g, (tag, attributes: string) => {
    const alttext = / alttext="([^"]*)"/.exec(attributes)?.[1];
    if (alttext === undefined || / role="/.test(attributes)) return tag;
    return `<math${attributes} role="img" aria-label="${alttext}">`;
  });
}
