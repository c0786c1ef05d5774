import type MarkdownIt from 'markdown-it';
import abbreviations from 'markdown-it-abbr';
import footnotes from 'markdown-it-footnote';
import { withTableCaptions } from './table-caption.js';
import { withTexMath } from './tex-math.js';

/**
 * The Markdown Colophon reads beyond CommonMark: GFM tables (header cells get `scope`), footnotes
 * (`[^1]` … `[^1]: text`) rendered as real notes with back-links and DPUB-ARIA roles, abbreviations
 * (`*[OTAN]: Organisation du traité de l’Atlantique Nord`), pandoc's table captions (`Table: …`) and TeX math
 * (`$…$`, `$$…$$`) as MathML.
 */
export function withColophonExtensions(markdown: MarkdownIt, language: string): MarkdownIt {
  markdown.use(footnotes).use(abbreviations);
  withTexMath(markdown);
  withTableCaptions(markdown);
  markdown.core.ruler.push('colophon_table_scope', (state) => {
    let inHead = false;
    for (const token of state.tokens) {
      if (token.type === 'thead_open') inHead = true;
      if (token.type === 'thead_close') inHead = false;
      if (token.type === 'th_open') token.attrSet('scope', inHead ? 'col' : 'row');
    }
  });
  const rules = markdown.renderer.rules;
  const label = language.toLowerCase().startsWith('fr') ? { notes: 'Notes', back: 'Retour au texte' } : { notes: 'Notes', back: 'Back to text' };
  const noteId = (tokens: Parameters<NonNullable<typeof rules.footnote_ref>>[0], index: number) => Number(tokens[index]?.meta?.id ?? 0) + 1;
  rules['footnote_ref'] = (tokens, index) => {
    const id = noteId(tokens, index);
    const sub = Number(tokens[index]?.meta?.subId ?? 0);
    const refId = sub > 0 ? `note-ref-${id}-${sub}` : `note-ref-${id}`;
    return `<sup><a href="#note-${id}" id="${refId}" role="doc-noteref">${id}</a></sup>`;
  };
  rules['footnote_block_open'] = () => `<section class="footnotes" role="doc-endnotes" aria-labelledby="notes-title"><h2 id="notes-title">${label.notes}</h2><ol>`;
  rules['footnote_block_close'] = () => '</ol></section>';
  rules['footnote_open'] = (tokens, index) => `<li id="note-${noteId(tokens, index)}">`;
  rules['footnote_close'] = () => '</li>';
  rules['footnote_anchor'] = (tokens, index) => {
    const id = noteId(tokens, index);
    const sub = Number(tokens[index]?.meta?.subId ?? 0);
    const refId = sub > 0 ? `note-ref-${id}-${sub}` : `note-ref-${id}`;
    return ` <a href="#${refId}" role="doc-backlink" aria-label="${label.back}">↩</a>`;
  };
  return markdown;
}
