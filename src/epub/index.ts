export { buildEpub, type EpubBuildOptions, type EpubResult } from './build-epub.js';
export { buildAuditBackedEpub, type AuditBackedEpub, type EpubAudit } from './audit-backed-epub.js';
export { renderOwnCover } from './book-plan.js';
