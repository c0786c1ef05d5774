import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { auditPdf } from '../../src/audit/pdf/audit-pdf.js';

/** An untagged PDF with none of the accessibility entries: the fixture every PDF rule fails on. */
async function plainPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawText('Hello');
  return pdf.save();
}

describe('PDF rules fail on a PDF that lacks what they check', () => {
  it('an untagged PDF without metadata fails every rule', async () => {
    const findings = await auditPdf(await plainPdf(), { file: 'plain.pdf' });
    expect(new Set(findings.map((finding) => finding.ruleId))).toEqual(new Set(['pdf-tagged', 'pdf-lang', 'pdf-title', 'pdf-ua-identifier']));
    expect(findings.every((finding) => finding.source === 'pdf' && finding.help.length > 0)).toBe(true);
  });

  it('/Lang alone satisfies pdf-lang and nothing else', async () => {
    const pdf = await PDFDocument.load(await plainPdf());
    pdf.catalog.set(PDFName.of('Lang'), PDFString.of('fr'));
    const findings = await auditPdf(await pdf.save(), { file: 'lang.pdf' });
    expect(findings.map((finding) => finding.ruleId)).not.toContain('pdf-lang');
    expect(findings.map((finding) => finding.ruleId)).toContain('pdf-tagged');
  });
});
