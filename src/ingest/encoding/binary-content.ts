import { ColophonError } from '../../errors.js';

/** Known file signatures, so that the error can say what the file really is. */
const SIGNATURES: ReadonlyArray<{ bytes: number[]; what: string; hint: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file', hint: 'Copy the text out of the PDF into a .txt file, or export the original as HTML or Markdown.' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a .docx, .odt or .epub is one)', hint: 'Export the document as plain text (.txt), Markdown or HTML.' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office file', hint: 'Export the document as plain text (.txt), Markdown or HTML.' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document', hint: 'Export the document as plain text (.txt), Markdown or HTML.' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', hint: 'Name the image in article.yaml (image: { src, alt }) and give the article text separately.' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: 'Name the image in article.yaml (image: { src, alt }) and give the article text separately.' },
];

/**
 * Refuses bytes that are not text: a NUL byte in the first 8 KB, or more than 1 % control characters
 * (text encodings other than UTF-16, which is recognised by its byte-order mark first, have neither).
 */
export function refuseBinary(bytes: Uint8Array, origin: string): void {
  const head = bytes.subarray(0, 8192);
  const known = SIGNATURES.find((signature) => signature.bytes.every((byte, index) => head[index] === byte));
  let control = 0;
  let nul = false;
  for (const byte of head) {
    if (byte === 0) nul = true;
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control += 1;
  }
  if (!known && !nul && control <= head.length / 100) return;
  throw new ColophonError('INPUT_BINARY', `${origin} is not a text file${known ? `: it is ${known.what}` : ''}.`, {
    hint: known?.hint ?? 'Colophon reads plain text, Markdown and saved web pages (HTML). Export the article as one of those; a UTF-16 file needs its byte-order mark.',
  });
}
