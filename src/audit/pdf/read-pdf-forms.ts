import { PDFDict, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { parseContentStream, type ContentOperation } from '../../pdf/content-stream.js';
import { beginsMarkedContent, markedContentOf } from '../../pdf/marked-content.js';

/** Form XObjects nested deeper than this are not followed (a guard against pathological files). */
const MAX_DEPTH = 8;

/** How often each form XObject is painted, and whether its content has marked content with an MCID. */
export class FormUses {
  private readonly forms = new Map<PDFRawStream, { uses: number; hasMcid: boolean; operations: ContentOperation[] | undefined }>();

  /** Counts the `Do` of form XObjects in `operations` (and in the forms they paint), resources from `resources`. */
  count(operations: readonly ContentOperation[], resources: PDFDict | undefined, depth = 0): void {
    if (depth > MAX_DEPTH) return;
    for (const operation of operations) {
      if (operation.operator !== 'Do' || operation.operands[0]?.kind !== 'name') continue;
      const xobject = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)?.lookup(PDFName.of(operation.operands[0].value));
      if (!(xobject instanceof PDFRawStream) || xobject.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form')) continue;
      let form = this.forms.get(xobject);
      if (!form) {
        const content = formContent(xobject);
        form = { uses: 0, hasMcid: content?.some((item) => beginsMarkedContent(item) && markedContentOf(item).mcid !== undefined) ?? false, operations: content };
        this.forms.set(xobject, form);
        // A form's own forms are counted once per form: painting the form again paints the same objects.
        if (content) this.count(content, xobject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources, depth + 1);
      }
      form.uses += 1;
    }
  }

  /** Form XObjects with MCIDs painted more than once (their content cannot belong to one structure element: 7.20-t02). */
  repeatedTaggedForms(): number {
    return [...this.forms.values()].filter((form) => form.hasMcid && form.uses > 1).length;
  }
}

function formContent(form: PDFRawStream): ContentOperation[] | undefined {
  try {
    return parseContentStream(decodePDFRawStream(form).decode());
  } catch {
    return undefined;
  }
}
