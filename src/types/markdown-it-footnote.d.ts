declare module 'markdown-it-footnote' {
  import type MarkdownIt from 'markdown-it';

  const footnotes: MarkdownIt.PluginSimple;
  export default footnotes;
}
