/** What a PDF could run: actions, JavaScript, `javascript:` URIs. */
const ACTIVE = /\/(JavaScript|JS|Launch|OpenAction|AA|URI\s*\(javascript)\b/g;

/**
 * The active content a PDF holds, read from its objects with their stream data left out: compressed bytes hold
 * "/AA " or "/JS]" by chance now and then, and matching the raw file failed the security tests about once in
 * three full runs. Objects inside an object stream would be out of this reading's sight, so a PDF with one is
 * reported too (Colophon saves without them). `pdf` as bytes, or as the text a test read the file into.
 */
export function pdfActiveContent(pdf: string | Uint8Array): string[] {
  const text = typeof pdf === 'string' ? pdf : Buffer.from(pdf).toString('latin1');
  const objects = text.replace(/\bstream\r?\n[\s\S]*?\bendstream\b/g, 'stream endstream');
  const found = [...objects.matchAll(ACTIVE)].map((match) => match[0]);
  if (/\/Type\s*\/ObjStm\b/.test(objects)) found.push('/ObjStm (objects this check cannot read)');
  return found;
}
