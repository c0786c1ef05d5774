import type { Impact } from '../model/finding.js';

/** Where a build stands. `failed`: Colophon could not build it (every attempt), not "the audit found something". */
export type BuildStatus = 'queued' | 'running' | 'done' | 'failed';

/** The outputs a build can have, by the key the API names them with (never a file-system path). */
export const OUTPUT_KEYS = ['html', 'epub', 'pdf', 'reportJson', 'reportHtml'] as const;
export type OutputKey = (typeof OUTPUT_KEYS)[number];

export const OUTPUT_MEDIA_TYPES: Readonly<Record<OutputKey, string>> = {
  html: 'text/html; charset=utf-8',
  epub: 'application/epub+zip',
  pdf: 'application/pdf',
  reportJson: 'application/json; charset=utf-8',
  reportHtml: 'text/html; charset=utf-8',
};

export interface FindingsSummary {
  total: number;
  byImpact: Record<Impact, number>;
  /** The audit passed at the build's failOn level (true when the audit did not run). */
  passed: boolean;
}

export interface BuildError {
  code: string;
  message: string;
  hint: string;
}

/** One build as the API reports it. Written by whoever moves it on: the server when queued, the worker after. */
export interface BuildRecord {
  id: string;
  status: BuildStatus;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  /** Who runs (or ran) it: `host:pid` of the worker process, for operators following a build. */
  worker?: string;
  /** Attempts begun so far (a worker killed mid-build leaves one behind; the next attempt completes it). */
  attempts: number;
  /** The article's slug: a local build writes to `<out>/<slug>/`, and so does `build --server`. */
  slug?: string;
  /** File names the outputs have, by key (`index.html`, `<slug>.epub`…). */
  outputs?: Partial<Record<OutputKey, string>>;
  findings?: FindingsSummary;
  error?: BuildError;
}

/** Random ids only: 128 bits, as a UUID. Anything else in a URL is an unknown build, never a path. */
export const BUILD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
