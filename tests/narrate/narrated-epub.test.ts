import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEpub } from '../../src/epub/index.js';
import { parseMarkup } from '../../src/epub/xhtml-serializer.js';
import { findElements } from '../../src/markup/html-tree.js';
import { publish } from '../../src/publish/publish.js';
import { readWav } from '../../src/narrate/wav.js';
import { runAceOnBytes, describeViolations } from '../support/ace.js';
import { testBrowserPath } from '../support/browser.js';
import { describeMessages, runEpubcheckOnBytes } from '../support/epubcheck.js';
import { documentOf, fixturePath, SAMPLE_DIR } from '../support/pipeline.js';
import { commandWorks, requireTool } from '../support/require-tool.js';

/**
 * The sample built with --narrate (and its PDF, so the EPUB carries page breaks the overlays must mark), checked by
 * epubcheck, Ace, and against its own audio as a decoder reads it: `lame --decode` gives the real length of each
 * MP3, never Colophon's own numbers.
 */
let work: string;
let epub: Uint8Array;
let zip: JSZip;
let opf: string;

beforeAll(async () => {
  // Outside CI, a missing espeak-ng or lame makes these tests fail here rather than skip: they are the feature's proof.
  work = await mkdtemp(join(tmpdir(), 'colophon-narrated-'));
  const result = await publish({ input: SAMPLE_DIR, narrate: true, formats: ['epub', 'pdf'], write: false, browser: { executablePath: testBrowserPath() } });
  // Colophon's own audit of the narrated EPUB finds nothing either. Checked: without epub:type="pagebreak" on the
  // page-break pars (smil.ts), Colophon's epub-pagelist-mediaoverlays fails here, as Ace does below.
  expect(result.findings.filter((finding) => finding.location.file.endsWith('.epub'))).toEqual([]);
  epub = result.outputs.epub!.bytes;
  zip = await JSZip.loadAsync(epub);
  opf = await zip.file('OEBPS/content.opf')!.async('string');
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const attribute = (markup: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(markup)?.[1];

/** Seconds of audio in an MP3, as LAME's decoder writes it out (WAV header sample count). */
async function decodedSeconds(mp3: Uint8Array, name: string): Promise<number> {
  const [input, output] = [join(work, `${name}.mp3`), join(work, `${name}.wav`)];
  await writeFile(input, mp3);
  await promisify(execFile)('lame', ['--quiet', '--decode', input, output]);
  const wav = readWav(new Uint8Array(await readFile(output)), name);
  return wav.data.length / (wav.format.channels * 2) / wav.format.sampleRate;
}

function clockSeconds(value: string): number {
  if (value.endsWith('s')) return Number(value.slice(0, -1));
  const [hours, minutes, seconds] = value.split(':').map(Number) as [number, number, number];
  return hours * 3600 + minutes * 60 + seconds;
}

describe('a narrated EPUB', () => {
  it('passes epubcheck with no message and Ace with no violation', async () => {
    const check = await runEpubcheckOnBytes(epub);
    expect(check.messages, describeMessages(check.messages)).toEqual([]);
    const ace = await runAceOnBytes(epub);
    // Fails without epub:type="pagebreak" on the page-break pars (smil.ts): Ace's epub-pagelist-mediaoverlays.
    expect(ace.violations, describeViolations(ace.violations)).toEqual([]);
  }, 300_000);

  it('has an overlay for every content document, each text target present, each clip inside its real audio, in order, without overlap', async () => {
    const items = [...opf.matchAll(/<item [^>]*\/>/g)].map(([item]) => item);
    const overlaid = items.filter((item) => item.includes('media-overlay='));
    expect(overlaid.map((item) => attribute(item, 'href'))).toEqual(['cover.xhtml', 'title-page.xhtml', 'toc.xhtml', 'article.xhtml', 'colophon.xhtml']);
    let total = 0;
    let pageBreaks = 0;
    for (const item of overlaid) {
      const smilItem = items.find((candidate) => attribute(candidate, 'id') === attribute(item, 'media-overlay'))!;
      expect(attribute(smilItem, 'media-type')).toBe('application/smil+xml');
      const smil = await zip.file(`OEBPS/${attribute(smilItem, 'href')}`)!.async('string');
      const document = parseMarkup(await zip.file(`OEBPS/${attribute(item, 'href')}`)!.async('string'));
      const ids = new Map(findElements(document, (element) => Boolean(element.attribs['id'])).map((element) => [element.attribs['id']!, element]));
      const pars = [...smil.matchAll(/<par [^>]*>.*?<\/par>/g)].map(([par]) => par);
      expect(pars.length).toBeGreaterThan(0);
      const audioHrefs = new Set(pars.flatMap((par) => attribute(par.replace(/<text[^>]*>/, ''), 'src') ?? []));
      expect(audioHrefs.size).toBe(1);
      const [audioHref] = [...audioHrefs] as [string];
      expect(items.some((candidate) => attribute(candidate, 'href') === audioHref && attribute(candidate, 'media-type') === 'audio/mpeg')).toBe(true);
      const real = await decodedSeconds(await zip.file(`OEBPS/${audioHref}`)!.async('uint8array'), attribute(smilItem, 'id')!);
      total += real;
      let previousEnd = 0;
      for (const par of pars) {
        const [file, id] = attribute(par, 'src')!.split('#') as [string, string];
        expect(file).toBe(attribute(item, 'href'));
        expect(ids.has(id), `${file}#${id}`).toBe(true);
        if (par.includes('epub:type="pagebreak"')) {
          pageBreaks += 1;
          expect(ids.get(id)!.attribs['role']).toBe('doc-pagebreak');
          expect(par).not.toContain('<audio');
          continue;
        }
        const [begin, end] = [clockSeconds(attribute(par, 'clipBegin')!), clockSeconds(attribute(par, 'clipEnd')!)];
        expect(begin).toBeGreaterThanOrEqual(previousEnd);
        expect(end).toBeGreaterThan(begin);
        expect(end).toBeLessThanOrEqual(real);
        previousEnd = end;
      }
    }
    expect(pageBreaks).toBeGreaterThan(0);
    // The total media:duration is the audio's, within one MP3 frame (576 samples at 22 050 Hz) per file.
    const declared = clockSeconds(/<meta property="media:duration">([^<]+)</.exec(opf)![1]!);
    expect(Math.abs(declared - total)).toBeLessThanOrEqual((overlaid.length * 576) / 22050);
  }, 120_000);

  it('says what it is: duration per overlay and in total, narrator, active class with a highlight style, and true accessibility metadata', async () => {
    expect([...opf.matchAll(/property="media:duration" refines="#smil-[a-z-]+"/g)]).toHaveLength(5);
    expect(opf).toContain('<meta property="media:narrator">eSpeak NG, French (France) (synthetic voice)</meta>');
    expect(opf).toContain('<meta property="media:active-class">-epub-media-overlay-active</meta>');
    expect(await zip.file('OEBPS/style.css')!.async('string')).toMatch(/\.-epub-media-overlay-active \{[^}]*background-color/);
    expect(opf).toContain('<meta property="schema:accessibilityFeature">synchronizedAudioText</meta>');
    // Every image has a text alternative and every document is narrated: auditory suffices alone.
    expect(opf).toContain('<meta property="schema:accessModeSufficient">auditory</meta>');
    // The narration adapts the text; it is no auditory content of its own (EPUB Accessibility Techniques, media overlays).
    expect(opf).not.toContain('<meta property="schema:accessMode">auditory</meta>');
    expect(opf).toMatch(/schema:accessibilitySummary">[^<]*voix de synthèse/);
  });

  it('marks sentences in the EPUB only', async () => {
    const article = await zip.file('OEBPS/article.xhtml')!.async('string');
    expect(article).toContain('<span id="s-1">');
    const page = await publish({ input: SAMPLE_DIR, narrate: true, formats: ['html'], audit: false, write: false });
    expect(new TextDecoder().decode(page.outputs.html!.bytes)).not.toMatch(/id="s-\d+"/);
  });
});

describe('narration and language', () => {
  it('an English article gets an English voice, with its summary in English; auditory is not sufficient when an image has no alt text', async (context) => {
    for (const tool of ['espeak-ng', 'lame']) requireTool(context, { name: tool, available: await commandWorks(tool, ['--version']), install: `apt-get install ${tool}` });
    const english = await documentOf(fixturePath('articles', 'english-scrape'));
    const englishOpf = await (await JSZip.loadAsync((await buildEpub(english, { narration: {} })).bytes)).file('OEBPS/content.opf')!.async('string');
    expect(englishOpf).toMatch(/media:narrator">eSpeak NG, English \(Great Britain\) \(synthetic voice\)/);
    expect(englishOpf).toMatch(/accessibilitySummary">[^<]*synthetic voice, not a human reading/);
    const missingAlt = await documentOf(fixturePath('articles', 'missing-alt'));
    const missingOpf = await (await JSZip.loadAsync((await buildEpub(missingAlt, { narration: {} })).bytes)).file('OEBPS/content.opf')!.async('string');
    // Fails if narrated-book.ts ignored facts.images.undescribed in coversAllText.
    expect(missingOpf).toContain('synchronizedAudioText');
    expect(missingOpf).not.toContain('<meta property="schema:accessModeSufficient">auditory</meta>');
  }, 120_000);

  it('is reproducible: the same document gives the same narrated EPUB bytes', async (context) => {
    for (const tool of ['espeak-ng', 'lame']) requireTool(context, { name: tool, available: await commandWorks(tool, ['--version']), install: `apt-get install ${tool}` });
    const document = await documentOf(SAMPLE_DIR);
    const [first, second] = [await buildEpub(document, { narration: {} }), await buildEpub(document, { narration: {} })];
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  }, 120_000);
});
