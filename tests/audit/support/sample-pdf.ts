import { locateBrowser } from '../../../src/config/browser-location.js';
import { publish } from '../../../src/publish/publish.js';

/** Colophon's own PDF of the sample article, printed by the real Chromium: the known-clean input of the PDF audit tests. */
export async function samplePdf(): Promise<Uint8Array> {
  const result = await publish({
    input: 'content/kfor-otan-ue',
    formats: ['pdf'],
    audit: false,
    write: false,
    browser: { executablePath: locateBrowser({ environment: process.env }) },
  });
  const bytes = result.outputs.pdf?.bytes;
  if (!bytes) throw new Error('publish() made no PDF of the sample.');
  return bytes;
}
