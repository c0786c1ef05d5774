declare module 'markdown-it-abbr' {
  import type MarkdownIt from 'markdown-it';

  const abbreviations: MarkdownIt.PluginSimple;
  export default abbreviations;
}
