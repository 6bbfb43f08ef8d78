import type { z } from 'zod';

/** The server answered, but not with 2xx (a missing file, a server error). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} for ${url}`);
    this.name = 'HttpError';
  }
}

export type IssueSummary = { path: string; message: string };

/** The file arrived but is not valid JSON or does not match the domain schema. */
export class DataSchemaError extends Error {
  constructor(
    readonly url: string,
    readonly issues: IssueSummary[],
  ) {
    super(
      `${url} does not match the dataset schema (${issues.length} issue${issues.length === 1 ? '' : 's'})`,
    );
    this.name = 'DataSchemaError';
  }
}

export function summariseIssues(issues: readonly z.core.$ZodIssue[]): IssueSummary[] {
  return issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)',
    message: issue.message,
  }));
}

/** Failures that retrying the same request will not fix. */
export function isPermanentDataError(error: unknown): boolean {
  return error instanceof DataSchemaError || (error instanceof HttpError && error.status === 404);
}
