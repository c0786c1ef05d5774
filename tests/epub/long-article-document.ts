import type { SemanticDocument } from '../../src/model/document.js';
import { sampleDocument } from '../support/sample-document.js';

/**
 * A long English article in the shape composeDocument gives a Markdown article, plus what Markdown
 * cannot say and other sources can: several images (one of them a PNG), a table with a caption and
 * header scopes, MathML, note references with endnotes and back-links, a list, a quotation.
 * It fills several pages of an A5 PDF, so that pages start mid-paragraph, at headings and at figures.
 */
export function longArticleDocument(): SemanticDocument {
  const sample = sampleDocument();
  const paragraphs = (from: number, count: number) => Array.from({ length: count }, (_, index) => paragraph(from + index)).join('');
  return {
    ...sample,
    metadata: {
      ...sample.metadata,
      title: 'The harbour that rebuilt itself',
      language: 'en',
      identifier: 'urn:colophon:test:harbour',
      slug: 'harbour',
      authors: ['Ada Example'],
      description: 'Ten years of works, told through the ledgers, the tides and the people of the quay.',
      publisher: { name: 'Example Press', url: 'https://example.org/' },
      abbreviations: {},
      subjects: [],
    },
    articleHtml:
      '<article aria-labelledby="article-title"><header><h1 id="article-title">The harbour that rebuilt itself</h1>' +
      '<p class="standfirst">Ten years of works, told through the ledgers, the tides and the people of the quay.</p></header>' +
      paragraphs(1, 3) +
      figure(1, 'images/quay.svg', 'A long grey quay drawn as a band across a blue panel.', 'The new quay, as the engineers drew it.', 'City archives') +
      paragraphs(4, 3) +
      '<h2 id="tides">Tides and numbers</h2>' +
      `<p>The engineers used one rule for every berth: <math><mi>d</mi><mo>=</mo><mi>h</mi><mo>+</mo><mn>1.5</mn></math>, the depth being the tide’s height plus a margin.<sup><a href="#note-1" id="note-ref-1" role="doc-noteref" epub:type="noteref">1</a></sup></p>` +
      paragraphs(7, 2) +
      '<table><caption>Ships received each year</caption><thead><tr><th scope="col">Year</th><th scope="col">Ferries</th><th scope="col">Cargo ships</th></tr></thead>' +
      '<tbody><tr><th scope="row">2019</th><td>412</td><td>96</td></tr><tr><th scope="row">2021</th><td>388</td><td>120</td></tr><tr><th scope="row">2023</th><td>530</td><td>141</td></tr></tbody></table>' +
      paragraphs(9, 3) +
      figure(2, 'images/crane.png', 'A single grey dot on white, standing in for a photograph of the crane.', 'The old crane, kept as a landmark.', 'Port authority') +
      '<h2 id="people">The people of the quay</h2>' +
      paragraphs(12, 2) +
      '<ul><li>a quay three hundred metres long;</li><li>two gangways with step-free access;</li><li>a waiting room that opens at dawn.</li></ul>' +
      `<blockquote><p>We waited for this for a long time, and we will use it every single morning.<sup><a href="#note-2" id="note-ref-2" role="doc-noteref" epub:type="noteref">2</a></sup></p></blockquote>` +
      paragraphs(14, 3) +
      figure(3, 'images/map.svg', 'A map: a green coast line and a red mark where the new berth is.', 'Where the new berth lies.', 'Example Press') +
      paragraphs(17, 2) +
      '<section class="notes" role="doc-endnotes" epub:type="endnotes" aria-labelledby="notes-title"><h2 id="notes-title">Notes</h2><ol>' +
      '<li id="note-1"><p>The margin was raised from one metre after the storm of 2020. <a href="#note-ref-1" role="doc-backlink">Back to text</a></p></li>' +
      '<li id="note-2"><p>Said by a ferry captain on the morning the quay reopened. <a href="#note-ref-2" role="doc-backlink">Back to text</a></p></li>' +
      '</ol></section>' +
      '<section class="attribution" aria-labelledby="attribution-title"><h2 id="attribution-title">Source</h2>' +
      '<p>Published by Example Press on <time datetime="2023-06-15">15 June 2023</time>.</p></section>' +
      '</article>',
    headings: [
      { level: 1, id: 'article-title', text: 'The harbour that rebuilt itself' },
      { level: 2, id: 'tides', text: 'Tides and numbers' },
      { level: 2, id: 'people', text: 'The people of the quay' },
      { level: 2, id: 'notes-title', text: 'Notes' },
      { level: 2, id: 'attribution-title', text: 'Source' },
    ],
    figures: [
      { id: 'figure-1', src: 'images/quay.svg', alt: 'A long grey quay drawn as a band across a blue panel.', caption: 'The new quay, as the engineers drew it.', credit: 'City archives' },
      { id: 'figure-2', src: 'images/crane.png', alt: 'A single grey dot on white, standing in for a photograph of the crane.', caption: 'The old crane, kept as a landmark.', credit: 'Port authority' },
      { id: 'figure-3', src: 'images/map.svg', alt: 'A map: a green coast line and a red mark where the new berth is.', caption: 'Where the new berth lies.', credit: 'Example Press' },
    ],
    assets: [
      svgAsset('images/quay.svg', '<rect width="1200" height="675" fill="#2c5d8a"/><rect y="420" width="1200" height="90" fill="#9aa3ab"/>'),
      { path: 'images/crane.png', mediaType: 'image/png', bytes: onePixelPng() },
      svgAsset('images/map.svg', '<rect width="1200" height="675" fill="#e8efe4"/><path d="M0 500 C300 380 600 620 1200 420" stroke="#3b7a3b" stroke-width="14" fill="none"/><circle cx="700" cy="470" r="26" fill="#b3261e"/>'),
    ],
  };
}

const SUBJECTS = ['The harbour master', 'A welder from the north yard', 'The ferry company', 'The city council', 'A fisherman of forty years', 'The engineers', 'A schoolteacher on the quay', 'The customs office'];
const ACTIONS = ['counted the ships that could not berth', 'kept a ledger of every delay', 'measured the silt after each winter', 'asked for a wider channel', 'watched the old crane being repaired', 'argued for step-free gangways', 'logged the tides by hand', 'planned the new waiting room'];
const OUTCOMES = ['and the numbers went into the report', 'which changed the plans twice', 'until the budget was approved', 'and nobody forgot it', 'so that the works began in spring', 'which the ministry later confirmed', 'though the storms delayed everything', 'and the quay reopened on time'];

/** A paragraph of four sentences no other paragraph repeats (the year and the order of the parts differ). */
function paragraph(index: number): string {
  const sentences = Array.from({ length: 4 }, (_, part) => {
    const n = index * 4 + part;
    return `In ${1990 + n}, ${SUBJECTS[n % SUBJECTS.length]!.toLowerCase()} ${ACTIONS[(n * 3 + index) % ACTIONS.length]}, ${OUTCOMES[(n * 5 + part) % OUTCOMES.length]}.`;
  });
  return `<p>${sentences.join(' ').replace(/^In (\d+), (\w)/, (_, year: string, first: string) => `In ${year}, ${first}`)}</p>`;
}

function figure(number: number, src: string, alt: string, caption: string, credit: string): string {
  return `<figure id="figure-${number}"><img src="${src}" alt="${alt}" width="1200" height="675" /><figcaption>${caption} <span class="credit">Credit: ${credit}</span></figcaption></figure>`;
}

function svgAsset(path: string, shapes: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">${shapes}</svg>`;
  return { path, mediaType: 'image/svg+xml', bytes: new TextEncoder().encode(svg) };
}

function onePixelPng(): Uint8Array {
  return new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
}
