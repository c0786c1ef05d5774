import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/** Pandoc's caption line: `Table: …` or `: …`, in a paragraph of its own right before or right after the table. */
const CAPTION_LINE = /^(?:Table)?:\s+(?=\S)/;

/**
 * Table captions as pandoc writes them: a paragraph `Table: Prices in 2024` (or `: Prices in 2024`) right before or
 * right after a GFM table becomes that table's `<caption>`, inline markup and all. A paragraph that merely starts with
 * "Table:" elsewhere stays a paragraph. (An HTML table keeps its own `<caption>`: the sanitizer allows it.)
 */
export function withTableCaptions(markdown: MarkdownIt): MarkdownIt {
  markdown.core.ruler.push('colophon_table_caption', (state) => {
    const tokens = state.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      if (tokens[index]?.type !== 'table_open') continue;
      const close = tokens.findIndex((token, at) => at > index && token.type === 'table_close' && token.level === tokens[index]?.level);
      const after = close === -1 ? undefined : captionParagraph(tokens, close + 1);
      const before = captionParagraph(tokens, index - 3);
      const at = before !== undefined ? index - 3 : after !== undefined ? close + 1 : -1;
      const inline = before ?? after;
      if (!inline || at === -1) continue;
      tokens.splice(at, 3);
      const open = before !== undefined ? index - 3 : index;
      const captionOpen = new state.Token('caption_open', 'caption', 1);
      const captionClose = new state.Token('caption_close', 'caption', -1);
      captionOpen.block = captionClose.block = true;
      tokens.splice(open + 1, 0, captionOpen, inline, captionClose);
      index = open + 3;
    }
  });
  return markdown;
}

/** The inline token of a caption paragraph starting at `start` (paragraph_open, inline, paragraph_close), prefix removed. */
function captionParagraph(tokens: Token[], start: number): Token | undefined {
  const [open, inline, close] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (start < 0 || open?.type !== 'paragraph_open' || inline?.type !== 'inline' || close?.type !== 'paragraph_close') return undefined;
  const prefix = CAPTION_LINE.exec(inline.content);
  const first = inline.children?.[0];
  if (!prefix || first?.type !== 'text' || !CAPTION_LINE.test(first.content)) return undefined;
  first.content = first.content.replace(CAPTION_LINE, '');
  inline.content = inline.content.slice(prefix[0].length);
  return inline;
}
