import type { AuditedFile, ReviewImage } from '../audit/audit.js';
import { escapeXml } from '../markup/escape.js';
import type { AuditReport } from './audit-report.js';

/** The id of a file's section: its position, which no file name can break. */
export function fileAnchor(report: AuditReport, file: string): string {
  return `file-${report.files.findIndex((candidate) => candidate.file === file) + 1}`;
}

/** One section per audited file: notes, thumbnails of PDF pages, the metadata found, the images to review. */
export function fileSections(report: AuditReport): string {
  const sections = report.files.map((file) => {
    const id = fileAnchor(report, file.file);
    const parts = [notes(file), findingCount(report, file), ruleCounts(file, id), thumbnails(file, id), images(file, id), humanChecks(file, id), metadata(file, id)].filter(Boolean);
    return `<section class="file" aria-labelledby="${id}"><h3 id="${id}">${escapeXml(file.file)} <small>${escapeXml(file.format ?? file.kind.toUpperCase())}${file.pageCount === undefined ? '' : ` · ${file.pageCount} page${file.pageCount === 1 ? '' : 's'}`}</small></h3>
${parts.join('\n') || '<p>Nothing more to show.</p>'}</section>`;
  });
  return `<section aria-labelledby="files"><h2 id="files">Files in detail</h2>${sections.join('\n')}</section>`;
}

function findingCount(report: AuditReport, file: AuditedFile): string {
  if (file.findings === 0) return file.rules ? '<p>No machine-checkable failure in this file.</p>' : '<p>Nothing to report in this file.</p>';
  const rules = new Set(report.findings.filter((finding) => finding.location.file === file.file).map((finding) => finding.ruleId));
  const links = [...rules].map((rule) => `<a href="#rule-${escapeXml(rule)}">${escapeXml(rule)}</a>`).join(', ');
  return `<p>${file.findings} finding${file.findings === 1 ? '' : 's'}: ${links}.</p>`;
}

function notes(file: AuditedFile): string {
  return file.notes?.length ? `<ul class="notes">${file.notes.map((note) => `<li>${escapeXml(note)}</li>`).join('')}</ul>` : '';
}

/** How many rules ran and what they found, then which rules (folded). */
function ruleCounts(file: AuditedFile, id: string): string {
  if (!file.rules) return '';
  const { ran, passed, failed, needsReview, notApplicable } = file.rules;
  const counts = [`${passed} passed`, `${failed} failed`, needsReview > 0 ? `${needsReview} left elements for a person to review` : '', notApplicable > 0 ? `${notApplicable} had nothing to check` : ''].filter(Boolean).join(', ');
  return `<p id="${id}-rules">${ran.length} rule${ran.length === 1 ? '' : 's'} ran: ${counts}.</p><details><summary>The rules that ran on ${escapeXml(file.file)}</summary><p class="rule-list">${ran.map((rule) => `<code>${escapeXml(rule)}</code>`).join(' ')}</p></details>`;
}

/** What a person must check in this file, with the places axe could not decide on and, for PDF, a link to the page pictures. */
function humanChecks(file: AuditedFile, id: string): string {
  if (!file.humanChecks?.length) return '';
  const pages = file.thumbnails?.length ? ` <a href="#${id}-pages">See the pages.</a>` : '';
  const items = file.humanChecks.map((check) => {
    const places = check.places?.length
      ? `<ul class="places">${check.places.map((place) => `<li><code>${escapeXml([place.document, place.page === undefined ? undefined : `page ${place.page}`, place.selector].filter(Boolean).join(' › ') || file.file)}</code><br />${escapeXml(place.message)}</li>`).join('')}</ul>${check.placeCount ? `<p>… and ${check.placeCount - check.places.length} more places like these.</p>` : ''}`
      : '';
    const more = check.helpUrl ? ` <a href="${escapeXml(check.helpUrl)}">More about ${escapeXml(check.id)}</a>` : '';
    return `<li>${escapeXml(check.question)}${check.seePages ? pages : ''}<br /><small>${escapeXml(check.reference)}</small>${more}${places}</li>`;
  });
  return `<h4 id="${id}-people">Checks that need a person (${file.humanChecks.length})</h4><p>No program can make these: a file with no machine-checkable failure still needs them before it can be said to conform.</p><ol class="checks">${items.join('')}</ol>`;
}

function thumbnails(file: AuditedFile, id: string): string {
  if (!file.thumbnails?.length) return '';
  const pages = file.thumbnails
    .map((thumbnail) => `<li><figure><img src="${thumbnail.dataUri}" width="${thumbnail.width}" height="${thumbnail.height}" alt="" /><figcaption>Page ${thumbnail.page}</figcaption></figure></li>`)
    .join('');
  const shown = file.pageCount !== undefined && file.pageCount > file.thumbnails.length ? ` (the first ${file.thumbnails.length} of ${file.pageCount})` : '';
  return `<h4 id="${id}-pages">Pages${shown}</h4><ul class="thumbnails" aria-label="Pictures of the pages of ${escapeXml(file.file)}">${pages}</ul>`;
}

function metadata(file: AuditedFile, id: string): string {
  if (!file.metadata?.length) return '';
  const values = new Map<string, string[]>();
  for (const entry of file.metadata) values.set(entry.name, [...(values.get(entry.name) ?? []), entry.value]);
  const rows = [...values]
    .map(([name, all]) => `<tr><th scope="row"><code>${escapeXml(name)}</code></th><td>${all.length === 1 ? escapeXml(all[0] ?? '') : `<ul class="values">${all.map((value) => `<li>${escapeXml(value)}</li>`).join('')}</ul>`}</td></tr>`)
    .join('');
  return `<div class="scroll" role="region" aria-labelledby="${id}-metadata" tabindex="0"><table><caption id="${id}-metadata">Metadata found</caption><thead><tr><th scope="col">Property</th><th scope="col">Value</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function images(file: AuditedFile, id: string): string {
  if (!file.images) return '';
  if (file.images.length === 0) return '<p>No images.</p>';
  const rows = file.images.map((image) => `<tr><th scope="row">${imagePlace(image)}</th><td>${altText(image.alt)}</td><td>${escapeXml(image.caption ?? '')}</td></tr>`).join('');
  return `<div class="scroll" role="region" aria-labelledby="${id}-images" tabindex="0"><table><caption id="${id}-images">Images to review: does each text alternative say what its image shows?</caption><thead><tr><th scope="col">Image</th><th scope="col">Text alternative</th><th scope="col">Caption</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function imagePlace(image: ReviewImage): string {
  const where = [image.document, image.page === undefined ? undefined : `page ${image.page}`].filter(Boolean).join(' › ');
  return [image.src ? `<code>${escapeXml(image.src)}</code>` : '', where ? `<small>${escapeXml(where)}</small>` : ''].filter(Boolean).join('<br />');
}

function altText(alt: string | undefined): string {
  if (alt === undefined) return '<strong class="missing">None: the image has no text alternative.</strong>';
  return alt === '' ? '<em>Empty: marked as decorative.</em>' : escapeXml(alt);
}

/** `colophon build`: the article's figures as the semantic document holds them. */
export function figuresSection(report: AuditReport): string {
  if (report.figures.length === 0) return '';
  const rows = report.figures
    .map((figure) => `<tr><th scope="row">${escapeXml(figure.id)}<br /><code>${escapeXml(figure.src)}</code></th><td>${altText(figure.alt)}</td><td>${escapeXml(figure.caption)}${figure.credit ? ` <em>${escapeXml(figure.credit)}</em>` : ''}</td></tr>`)
    .join('');
  return `<section aria-labelledby="figures"><h2 id="figures">Images to review</h2>
<p>No checker can tell whether a text alternative is right. Read each one against its image and caption.</p>
<div class="scroll" role="region" aria-labelledby="figures-caption" tabindex="0"><table><caption id="figures-caption">The article’s images, their text alternatives and captions</caption><thead><tr><th scope="col">Image</th><th scope="col">Text alternative</th><th scope="col">Caption and credit</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}
