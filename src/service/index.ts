/**
 * Colophon as a service (`import … from 'colophon/service'`): kept apart from the main entry so that a library user
 * who only publishes never loads the HTTP server, BullMQ or ioredis.
 */
export { startService } from './serve.js';
export type { RunningService } from './serve.js';
export { DEFAULT_LIMITS } from './service-options.js';
export type { ServiceLimits, ServiceOptions } from './service-options.js';
export { startWorker } from './build-worker.js';
export type { RunningWorker, WorkerOptions } from './build-worker.js';
export { FolderStore } from './store/folder-store.js';
export type { BuildStore, StoredOutput } from './store/build-store.js';
export type { BuildRecord, BuildStatus, OutputKey } from './build-record.js';
export type { BuildInput, BuildOptions } from './build-input.js';
export { buildOnServer } from './client/remote-build.js';
export type { RemoteBuildOptions, RemoteBuildResult } from './client/remote-build.js';
