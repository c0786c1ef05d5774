/** The outputs Colophon makes of an article. */
export type OutputFormat = 'html' | 'epub' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['html', 'epub', 'pdf'];
