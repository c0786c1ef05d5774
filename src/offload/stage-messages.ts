import { ColophonError, type ColophonErrorCode } from '../errors.js';

/** What the pool posts to a stage worker. */
export interface StageRequest {
  id: number;
  stage: string;
  args: unknown[];
}

/** What a stage worker posts back: the result, or the error as data. */
export type StageReply = { id: number; result: unknown; error?: undefined } | { id: number; error: ErrorData };

export interface ErrorData {
  name: string;
  message: string;
  stack?: string | undefined;
  code?: ColophonErrorCode | undefined;
  hint?: string | undefined;
}

export function errorAsData(error: unknown): ErrorData {
  if (error instanceof ColophonError) return { name: error.name, message: error.message, stack: error.stack, code: error.code, hint: error.hint };
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

/** The error a stage threw, as the caller's thread can throw it again. */
export function errorFromData(data: ErrorData): Error {
  const error = data.code !== undefined ? new ColophonError(data.code, data.message, { hint: data.hint ?? '' }) : new Error(data.message);
  if (data.code === undefined) error.name = data.name;
  if (data.stack) error.stack = data.stack;
  return error;
}
