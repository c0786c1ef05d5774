import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import markdownItMath from 'markdown-it-math/no-default-renderer';
import temml from 'temml';
import { escapeXml } from '../../markup/escape.js';
import type { IngestWarning } from '../../model/document.js';

/** What the Markdown renderer is given as `env`: the notes math rendering leaves for the report. */
export interface MathEnvironment {
  warnings?: IngestWarning[];
}

/**
 * TeX math in Markdown, as pandoc reads it: `$…$` inline (no space inside the dollars, so `$5 and $10` stay text),
 * `$$…$$` displayed, on its own lines or inline. temml turns it into Presentation MathML; it runs nothing and loads
 * nothing (`trust` stays off: `\href`, `\url`, `\includegraphics`, `\style`, `\htmlClass` are refused). TeX temml
 * cannot read is kept as code, with its dollars, and a MATH_INVALID note says which and why.
 */
export function withTexMath(markdown: MarkdownIt): MarkdownIt {
  // markdown-it-math parses the delimiters; the rendering is done here, where the environment (for notes) is at hand.
  markdown.use(markdownItMath, { inlineDelimiters: [['$$', '$$'], '$'], blockDelimiters: '$$' });
  markdown.renderer.rules['math_inline'] = (tokens, index, _options, env) => texToMathml(tokens[index], false, env as MathEnvironment);
  markdown.renderer.rules['math_block'] = (tokens, index, _options, env) => `${texToMathml(tokens[index], true, env as MathEnvironment)}\n`;
  return markdown;
}

function texToMathml(token: Token | undefined, block: boolean, env: MathEnvironment | undefined): string {
  if (!token) return '';
  const tex = token.content;
  const display = block || token.markup === '$$';
  try {
    return temml.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, annotate: true });
  } catch (error) {
    env?.warnings?.push({ code: 'MATH_INVALID', message: `The TeX math "${shorten(tex)}" could not be read (${firstLine(error)}); it is shown as written.` });
    const dollars = display ? '$$' : '$';
    return `<code>${escapeXml(`${dollars}${tex}${dollars}`)}</code>`;
  }
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/^ParseError:\s*/, '').trim() ?? 'unknown error';
}
