/**
 * Chromium's floor for a batch article (not part of `npm run bench`; `npx tsx bench/chromium-floor.ts [N]`):
 * the print pages of N generated articles are captured from a real batch, then printed again (1) by a bare
 * puppeteer Chromium with nothing of Colophon in the loop, each page written into an open page as Colophon does,
 * and (2) through Colophon's own `printToPdf`; then (3) Colophon's audit of the batch's outputs, by kind, with the
 * CPU time of every Chromium process. What Chromium alone costs bounds what any batch can reach on this machine.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { audit } from '../src/audit/audit.js';
import { buildBatch } from '../src/batch/build-batch.js';
import { type InMemorySite, sitePathOf, siteUrl } from '../src/browser/in-memory-site.js';
import { RenderingBrowser } from '../src/browser/rendering-browser.js';
import { locateBrowser } from '../src/config/browser-location.js';
import { printToPdf } from '../src/pdf/print-to-pdf.js';
import { writeArticles } from './workload.js';

const count = Number(process.argv[2] ?? 24);
const work = mkdtempSync(join(tmpdir(), 'colophon-floor-'));
const executablePath = locateBrowser({ environment: process.env });

/** CPU ms (user + system, children included) of the Chromium processes whose command line holds `marker`. */
function chromiumCpuMs(marker: string): number {
  let ms = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!args.includes('chrom') || !args.includes(marker)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ms += (Number(stat[11]) + Number(stat[12]) + Number(stat[13]) + Number(stat[14])) * 10;
    } catch {
      // ended
    }
  }
  return ms;
}

async function measure(label: string, marker: string, items: number, run: () => Promise<void>): Promise<void> {
  const chromium = chromiumCpuMs(marker);
  const node = process.cpuUsage();
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  const nodeMs = process.cpuUsage(node);
  console.log(JSON.stringify({ label, items, perSecond: Number((items / seconds).toFixed(2)), chromiumCpuMsEach: Math.round((chromiumCpuMs(marker) - chromium) / items), nodeCpuMsEach: Math.round((nodeMs.user + nodeMs.system) / 1000 / items) }));
}

// The print pages, as the batch hands them to Chromium.
const captured: Array<{ site: InMemorySite; entry: string }> = [];
const withPage = RenderingBrowser.prototype.withPage;
RenderingBrowser.prototype.withPage = function capture(this: RenderingBrowser, options, use) {
  if ((options.scripts ?? 'off') === 'off' && !options.viewport) captured.push({ site: options.site, entry: options.entry });
  return withPage.call(this, options, use);
} as typeof withPage;
const inputs = writeArticles(join(work, 'articles'), count);
await buildBatch({ inputs, outDir: join(work, 'out'), executablePath, audit: false, concurrency: 2, force: true });
RenderingBrowser.prototype.withPage = withPage;

// (1) Bare Chromium, two pages, each print page written into the open page (the first one navigated to).
const bare = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none', '--disable-dev-shm-usage', `--user-data-dir=${join(work, 'bare-profile')}`] });
const lanes = await Promise.all(
  [0, 1].map(async () => {
    const page = await bare.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    const lane = { page, site: new Map() as InMemorySite };
    page.on('request', (request) => {
      const path = sitePathOf(request.url());
      const file = path === undefined ? undefined : lane.site.get(path);
      void (file ? request.respond({ status: 200, contentType: file.mediaType, body: typeof file.body === 'string' ? file.body : Buffer.from(file.body) }) : request.abort());
    });
    return lane;
  }),
);
for (const round of [1, 2]) {
  await measure(`bare Chromium print, round ${round}`, 'bare-profile', captured.length, () =>
    Promise.all(
      lanes.map(async (lane, index) => {
        for (let item = index; item < captured.length; item += 2) {
          const { site, entry } = captured[item]!;
          lane.site = site;
          const file = site.get(entry)!;
          if (lane.page.url() === siteUrl(entry)) await lane.page.setContent(typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body), { waitUntil: 'load' });
          else await lane.page.goto(siteUrl(entry), { waitUntil: 'load' });
          await lane.page.pdf({ tagged: true, outline: true, printBackground: true, preferCSSPageSize: true, waitForFonts: true });
        }
      }),
    ).then(() => undefined),
  );
}
await bare.close();

// (2) Colophon's printToPdf on its own browser (request interception from memory, CSP, lockdown flags).
const ours = await RenderingBrowser.launch({ executablePath, pages: 2 });
try {
  for (const round of [1, 2]) {
    await measure(`Colophon printToPdf, round ${round}`, 'puppeteer_dev_chrome_profile', captured.length, () =>
      Promise.all([0, 1].map(async (lane) => {
        for (let item = lane; item < captured.length; item += 2) await printToPdf(ours, captured[item]!.site, captured[item]!.entry);
      })).then(() => undefined),
    );
  }
  // (3) The audit of the batch's outputs, by kind, two files at once.
  const files: Array<{ file: string; kind: 'html' | 'epub' | 'pdf'; bytes: Uint8Array }> = [];
  for (const slug of readdirSync(join(work, 'out'))) {
    if (slug.startsWith('.')) continue;
    for (const name of readdirSync(join(work, 'out', slug))) {
      const kind = name.endsWith('.epub') ? 'epub' : name.endsWith('.pdf') ? 'pdf' : name === 'index.html' ? 'html' : undefined;
      if (kind) files.push({ file: join(slug, name), kind, bytes: readFileSync(join(work, 'out', slug, name)) });
    }
  }
  for (const kind of ['html', 'epub', 'pdf'] as const) {
    const targets = files.filter((file) => file.kind === kind);
    await measure(`Colophon audit of ${kind} files`, 'puppeteer_dev_chrome_profile', targets.length, () =>
      Promise.all([0, 1].map(async (lane) => {
        for (let item = lane; item < targets.length; item += 2) await audit([targets[item]!], { browser: ours, pdfThumbnails: false });
      })).then(() => undefined),
    );
  }
} finally {
  await ours.close();
}
