import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { buildPdf } from '../../src/pdf/index.js';
import { printToPdf } from '../../src/pdf/print-to-pdf.js';
import { PRINT_PAGE_PATH, renderPrintPage } from '../../src/render/print-page.js';
import { testBrowserPath } from '../support/browser.js';
import { contentOperations, type Operand } from '../support/content-tokens.js';
import { documentOf, fixturePath, SAMPLE_DIR } from '../support/pipeline.js';
import { PdfScratch, pdffonts, pdfinfo, pdfinfoMetadata } from '../support/poppler.js';
import { type PdfDict, type PdfPage, type PdfValue, patchPdf, QpdfDocument, textOf } from '../support/qpdf-json.js';
import { requireTool } from '../support/require-tool.js';

/**
 * An outside judge for Colophon's PDFs: the key PDF/UA-1 checks written again here, on qpdf's and poppler's
 * reading of the file, sharing nothing with Colophon's own checker (src/audit/pdf/*) or with pdf-lib.
 */
type Check = 'tagged' | 'structure-tree' | 'figure-alt' | 'image-in-figure' | 'content-marked' | 'pdfuaid' | 'lang' | 'fonts-embedded';

interface Failure {
  check: Check;
  detail: string;
}

interface Element {
  type: string;
  alt: string | undefined;
  parent: Element | undefined;
}

/** Every structure element, and which one owns each marked-content id ("<page ref> <mcid>"), from the tree's /K entries. */
function structureOf(pdf: QpdfDocument, root: PdfDict): { elements: Element[]; owners: Map<string, Element> } {
  const roleMap = pdf.dict(root['/RoleMap']) ?? {};
  const standardType = (type: string): string => {
    let current = type;
    for (let step = 0; step < 10 && typeof roleMap[current] === 'string'; step += 1) current = roleMap[current] as string;
    return current;
  };
  const elements: Element[] = [];
  const owners = new Map<string, Element>();
  const seen = new Set<string>();
  const walk = (kid: PdfValue | undefined, parent: Element | undefined, page: PdfValue | undefined): void => {
    if (typeof kid === 'number') {
      if (parent) owners.set(`${String(page)} ${kid}`, parent);
      return;
    }
    if (Array.isArray(kid)) {
      for (const item of kid) walk(item, parent, page);
      return;
    }
    if (typeof kid === 'string') {
      if (seen.has(kid)) return;
      seen.add(kid);
    }
    const dict = pdf.dict(kid);
    if (!dict) return;
    if (typeof dict['/MCID'] === 'number' && dict['/S'] === undefined) {
      if (parent) owners.set(`${String(dict['/Pg'] ?? page)} ${dict['/MCID']}`, parent);
      return;
    }
    if (dict['/Type'] === '/OBJR' || typeof dict['/S'] !== 'string') return;
    const element: Element = { type: standardType(dict['/S']).slice(1), alt: textOf(pdf.resolve(dict['/Alt'])), parent };
    elements.push(element);
    walk(pdf.resolve(dict['/K']), element, dict['/Pg'] ?? page);
  };
  walk(pdf.resolve(root['/K']), undefined, undefined);
  return { elements, owners };
}

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'BI']);

interface Mark {
  artifact: boolean;
  mcid: number | undefined;
}

interface PaintedImage {
  page: PdfPage;
  pageNumber: number;
  mark: Mark;
}

/** Walks each page's content (and the form XObjects it paints): what is painted outside any tag or artifact, and each image's mark. */
function contentOf(pdf: QpdfDocument): { unmarked: string[]; images: PaintedImage[]; painted: number } {
  const unmarked: string[] = [];
  const images: PaintedImage[] = [];
  let painted = 0;
  const walk = (bytes: Uint8Array, resources: PdfDict, page: PdfPage, pageNumber: number, outer: Mark, depth: number): void => {
    const stack: Array<{ tag: string; mcid: number | undefined }> = [];
    const current = (): Mark => ({
      artifact: outer.artifact || stack.some((entry) => entry.tag === '/Artifact'),
      mcid: [...stack].reverse().find((entry) => entry.mcid !== undefined)?.mcid ?? outer.mcid,
    });
    for (const { operator, operands } of contentOperations(bytes)) {
      if (operator === 'BMC') stack.push({ tag: String(operands[0]), mcid: undefined });
      else if (operator === 'BDC') {
        const [tag, properties] = operands;
        const dict = typeof properties === 'string' ? pdf.dict(pdf.dict(resources['/Properties'])?.[properties]) : (properties as Record<string, Operand>);
        stack.push({ tag: String(tag), mcid: typeof dict?.['/MCID'] === 'number' ? dict['/MCID'] : undefined });
      } else if (operator === 'EMC') stack.pop();
      else if (PAINTING.has(operator)) {
        painted += 1;
        const mark = current();
        if (!mark.artifact && mark.mcid === undefined) unmarked.push(`page ${pageNumber}: ${operator} outside any tagged content or artifact`);
        if (operator !== 'Do') continue;
        const ref = pdf.dict(resources['/XObject'])?.[String(operands[0])];
        const xobject = pdf.dict(ref);
        if (xobject?.['/Subtype'] === '/Image') images.push({ page, pageNumber, mark });
        else if (xobject?.['/Subtype'] === '/Form' && depth < 8) {
          walk(pdf.streamData(ref) ?? new Uint8Array(), pdf.dict(xobject['/Resources']) ?? resources, page, pageNumber, mark, depth + 1);
        }
      }
    }
  };
  pdf.pages().forEach((page, index) => walk(pdf.pageContent(page), page.resources, page, index + 1, { artifact: false, mcid: undefined }, 0));
  return { unmarked, images, painted };
}

/** What the judge saw besides its verdict, so a test can show a check had something to judge. */
interface Judgement {
  failures: Failure[];
  images: number;
  painted: number;
}

async function judge(file: string): Promise<Judgement> {
  const failures: Failure[] = [];
  const fail = (check: Check, detail: string): number => failures.push({ check, detail });
  const pdf = await QpdfDocument.read(file);
  const catalog = pdf.catalog;

  const markInfo = pdf.dict(catalog['/MarkInfo']);
  if (markInfo?.['/Marked'] !== true || (await pdfinfo(file))['Tagged'] !== 'yes') fail('tagged', 'the catalog’s /MarkInfo /Marked is not true (pdfinfo: not tagged)');

  const root = pdf.dict(catalog['/StructTreeRoot']);
  const { elements, owners } = root ? structureOf(pdf, root) : { elements: [], owners: new Map<string, Element>() };
  if (!root || elements.length === 0) fail('structure-tree', 'no StructTreeRoot with structure elements in the catalog');

  for (const element of elements) if (element.type === 'Figure' && !element.alt?.trim()) fail('figure-alt', 'a Figure has no /Alt');

  const { unmarked, images, painted } = contentOf(pdf);
  for (const item of unmarked) fail('content-marked', item);
  for (const image of images) {
    if (image.mark.artifact) continue; // a decorative image, marked as such
    let owner = image.mark.mcid === undefined ? undefined : owners.get(`${image.page.ref} ${image.mark.mcid}`);
    while (owner && owner.type !== 'Figure') owner = owner.parent;
    if (!owner?.alt?.trim()) fail('image-in-figure', `page ${image.pageNumber}: an image (MCID ${String(image.mark.mcid)}) not inside a Figure with /Alt`);
  }

  const xmp = await pdfinfoMetadata(file);
  const uaNamespace = xmp.includes('http://www.aiim.org/pdfua/ns/id/');
  if (!uaNamespace || !/pdfuaid:part(?:>\s*1\s*<|\s*=\s*["']1["'])/.test(xmp)) fail('pdfuaid', 'the XMP metadata has no pdfuaid:part 1');

  if (!textOf(pdf.resolve(catalog['/Lang']))?.trim()) fail('lang', 'the catalog has no /Lang');

  for (const font of await pdffonts(file)) if (!font.embedded) fail('fonts-embedded', `font ${font.name} is not embedded`);

  return { failures, images: images.length, painted };
}

const checksOf = (judgement: Judgement): Check[] => [...new Set(judgement.failures.map((failure) => failure.check))].sort();

let browser: RenderingBrowser;
let scratch: PdfScratch;
/** Colophon's PDFs: the sample, the fixture with a photo, headings, a list, a quote and links, and the one with a table and footnotes. */
const colophon: Record<string, string> = {};
/** The photo fixture as Chromium prints it, without Colophon's post-processing. */
let rawPrint: string;

beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
  scratch = await PdfScratch.create();
  const inputs = { sample: SAMPLE_DIR, figure: fixturePath('articles', 'markdown-figure', 'article.md'), rich: fixturePath('articles', 'markdown-rich', 'article.md') };
  for (const [name, input] of Object.entries(inputs)) colophon[name] = await scratch.write(`${name}.pdf`, await buildPdf(await documentOf(input), { browser }));
  const figure = await documentOf(inputs.figure);
  rawPrint = await scratch.write('raw.pdf', await printToPdf(browser, await renderPrintPage(figure, { pageSize: 'A4' }), PRINT_PAGE_PATH));
});

afterAll(async () => {
  await browser?.close();
  await scratch?.remove();
});

// Mutations checked on Colophon itself (each makes these three fail, with the check named):
// `simple('pdfuaid:part', '1')` → '2' in src/pdf/xmp-packet.ts → pdfuaid;
// OPEN_ARTIFACT '/Artifact BMC' → '/Span BMC' in src/pdf/artifact-wrapping.ts → content-marked.
describe('the outside judge: Colophon’s PDFs pass', () => {
  it.each(['sample', 'figure', 'rich'])('%s: tagged, structured, every image a Figure with Alt, everything marked, pdfuaid, /Lang, fonts embedded', async (name) => {
    const judgement = await judge(colophon[name]!);
    expect(judgement.failures).toEqual([]);
    expect(judgement.painted).toBeGreaterThan(50);
  });

  // Guards against a vacuous image check (e.g. `Do` dropped from PAINTING, or images never collected).
  it('had an image to judge: the photo fixture paints one, inside its Figure', async () => {
    expect((await judge(colophon['figure']!)).images).toBe(1);
  });
});

describe('the outside judge: each check fails on a PDF that breaks it', () => {
  // Chromium's own print lacks what Colophon adds (mutation: skip finishPdf in src/pdf/build-pdf.ts and the
  // "Colophon’s PDFs pass" tests fail with these same checks).
  it('Chromium’s print without Colophon’s post-processing: unmarked page furniture, no pdfuaid, an outer Figure without Alt', async () => {
    // (Chromium writes /Lang itself, from <html lang>; the test below removes it.)
    const judgement = await judge(rawPrint);
    expect(checksOf(judgement)).toEqual(['content-marked', 'figure-alt', 'pdfuaid']);
  });

  /** Colophon's photo PDF with objects changed by `change` (qpdf --update-from-json), judged. */
  async function judgeBroken(name: string, change: (pdf: QpdfDocument) => Record<string, ReturnType<QpdfDocument['object']> & object>): Promise<Check[]> {
    const pdf = await QpdfDocument.read(colophon['figure']!);
    const output = join(scratch.dir, `${name}.pdf`);
    await patchPdf(colophon['figure']!, output, change(pdf), join(scratch.dir, `${name}.json`));
    return checksOf(await judge(output));
  }
  const catalogRef = (pdf: QpdfDocument): string => pdf.trailer['/Root'] as string;
  const withCatalog = (pdf: QpdfDocument, edit: (catalog: PdfDict) => void) => {
    const object = pdf.object(catalogRef(pdf))!;
    edit(object.value as PdfDict);
    return { [catalogRef(pdf)]: object };
  };
  const figureRef = (pdf: QpdfDocument): string => {
    const [ref] = pdf.find((dict) => dict['/S'] === '/Figure' && dict['/Alt'] !== undefined);
    return ref!;
  };

  it('no /Lang in the catalog → lang', async () => {
    // Mutation checked: removing the `lang` check from judge() makes this fail. (Deleting Colophon's own
    // `pdf.catalog.set(PDFName.of('Lang'), …)` in src/pdf/accessibility-metadata.ts does not: Chromium writes /Lang too.)
    expect(await judgeBroken('no-lang', (pdf) => withCatalog(pdf, (catalog) => delete catalog['/Lang']))).toEqual(['lang']);
  });

  it('/MarkInfo /Marked false → tagged', async () => {
    // Mutation checked: removing the `tagged` check from judge() makes this fail.
    expect(await judgeBroken('unmarked', (pdf) => withCatalog(pdf, (catalog) => (catalog['/MarkInfo'] = { '/Marked': false })))).toEqual(['tagged']);
  });

  it('no StructTreeRoot → structure-tree (and the image has no Figure left)', async () => {
    // Mutation checked: removing the `structure-tree` check from judge() makes this fail.
    expect(await judgeBroken('no-tree', (pdf) => withCatalog(pdf, (catalog) => delete catalog['/StructTreeRoot']))).toEqual(['image-in-figure', 'structure-tree']);
  });

  it('the Figure without its /Alt → figure-alt and image-in-figure', async () => {
    // Mutation checked: removing the `figure-alt` loop from judge() makes this fail.
    const checks = await judgeBroken('no-alt', (pdf) => {
      const object = pdf.object(figureRef(pdf))!;
      delete (object.value as PdfDict)['/Alt'];
      return { [figureRef(pdf)]: object };
    });
    expect(checks).toEqual(['figure-alt', 'image-in-figure']);
  });

  it('the image’s element a Span, not a Figure → image-in-figure', async () => {
    // Mutation checked: accepting any owner (dropping the `while (owner.type !== 'Figure')` walk) makes this fail.
    const checks = await judgeBroken('span-image', (pdf) => {
      const object = pdf.object(figureRef(pdf))!;
      (object.value as PdfDict)['/S'] = '/Span';
      return { [figureRef(pdf)]: object };
    });
    expect(checks).toEqual(['image-in-figure']);
  });

  it('page furniture no longer an artifact (/Artifact BMC made /Span BMC) → content-marked', async () => {
    // Mutation checked: counting any marked content as marked (ignoring MCID/Artifact in `current()`) makes this fail.
    const checks = await judgeBroken('no-artifacts', (pdf) => {
      const [page] = pdf.pages();
      const [ref] = pdf.contentRefs(page!) as [string];
      const object = pdf.object(ref)!;
      const text = Buffer.from(object.stream!.data!, 'base64').toString('latin1');
      expect(text).toContain('/Artifact BMC');
      object.stream!.data = Buffer.from(text.replaceAll('/Artifact BMC', '/Span BMC'), 'latin1').toString('base64');
      return { [ref]: object };
    });
    expect(checks).toEqual(['content-marked']);
  });
});

/** veraPDF's PDF/UA-1 test files (CC BY 4.0), beside the checkout: /work/shared/corpus/verapdf-pdfua-1. */
const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/verapdf-pdfua-1');

describe('the outside judge on veraPDF’s PDF/UA-1 test files', () => {
  it.for([
    ['fonts-embedded', '7.21 Fonts/7.21.4 Embedding/7.21.4.1 General/7.21.4.1-t01'],
    ['pdfuaid', '5 Version identification/5-t01'],
    ['content-marked', '7.1 General/7.1-t03'],
    ['structure-tree', '7.1 General/7.1-t11'], // no -pass-a file
    ['figure-alt', '7.3 Graphics/7.3-t01'],
  ] as Array<[Check, string]>)('%s: flags %s-fail-a.pdf, not its -pass-a.pdf', async ([check, stem], context) => {
    // Fonts: mutation checked: removing the pdffonts loop from judge() makes the fonts-embedded row fail.
    requireTool(context, { name: 'veraPDF’s PDF/UA-1 corpus', available: existsSync(CORPUS), install: `the folder ${CORPUS}` });
    expect(checksOf(await judge(join(CORPUS, `${stem}-fail-a.pdf`)))).toContain(check);
    const pass = join(CORPUS, `${stem}-pass-a.pdf`); // 7.1-t11 has no pass file
    if (existsSync(pass)) expect(checksOf(await judge(pass))).not.toContain(check);
  });
});
