import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfActiveContent } from './pdf-active-content.js';

describe('pdfActiveContent: the security tests’ reading of a PDF', () => {
  it('finds an open action running JavaScript, and a javascript: link', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    pdf.catalog.set(PDFName.of('OpenAction'), pdf.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
    pdf.catalog.set(PDFName.of('Link'), pdf.context.obj({ S: 'URI', URI: PDFString.of('javascript:alert(1)') }));
    expect(pdfActiveContent(await pdf.save({ useObjectStreams: false }))).toEqual(expect.arrayContaining(['/OpenAction', '/JavaScript', '/JS', '/URI (javascript']));
  });

  it('ignores the same bytes inside stream data, and reports object streams it cannot read', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    pdf.context.register(pdf.context.stream(new TextEncoder().encode('garbage /AA /JS] /OpenAction bytes'), {}));
    expect(pdfActiveContent(await pdf.save({ useObjectStreams: false }))).toEqual([]);
    expect(pdfActiveContent(await pdf.save({ useObjectStreams: true }))).toEqual(['/ObjStm (objects this check cannot read)']);
  });
});
