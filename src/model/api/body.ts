/** Decodes a request's JSON body with moby's checks and Go-style error messages. */

import type { ApiRequest } from './types';
import { EngineError } from '../engine/errors';

// Far above any real create request; a larger body is refused rather than parsed.
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** The decoded JSON body (`undefined` when empty), or a 400 EngineError. */
export function decodeBody(request: ApiRequest): unknown {
  const { body } = request;
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'string') return body;
  if (body.trim() === '') return undefined;
  const contentType = Object.entries(request.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  if (contentType !== undefined && !/^application\/json\b/.test(contentType)) {
    throw new EngineError(
      'invalidParameter',
      `unsupported Content-Type header (${contentType}): must be 'application/json'`,
    );
  }
  if (body.length > MAX_BODY_BYTES)
    throw new EngineError('invalidParameter', `invalid JSON: request body is larger than ${MAX_BODY_BYTES} bytes`);
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new EngineError('invalidParameter', `invalid JSON: ${goSyntaxError(body, error)}`);
  }
}

/** Go's encoding/json syntax error text for the first offending character. */
function goSyntaxError(body: string, error: unknown): string {
  const position = /position (\d+)/.exec(String(error));
  const at = position ? Number(position[1]) : -1;
  if (at < 0 || at >= body.length) return 'unexpected end of JSON input';
  const ch = body[at];
  const shown = ch === "'" ? "'\\''" : `'${ch}'`;
  return `invalid character ${shown} looking for beginning of value`;
}

/** A JSON object body, or a 400 naming what was expected. */
export function objectBody(value: unknown, what: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new EngineError(
      'invalidParameter',
      `invalid JSON: json: cannot unmarshal ${goTypeName(value)} into Go value of type ${what}`,
    );
  }
  return value as Record<string, unknown>;
}

/** Go's name for the JSON type of a value, as in `cannot unmarshal number into …`. */
export function goTypeName(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'object';
  return typeof value === 'boolean' ? 'bool' : typeof value;
}

/** Reads an optional field of a given JSON type, or throws Go's unmarshal error. */
export function field<T>(
  obj: Record<string, unknown>,
  key: string,
  type: 'string' | 'boolean' | 'number' | 'string[]' | 'object',
  owner: string,
): T | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  const ok =
    type === 'string[]'
      ? Array.isArray(value) && value.every((v) => typeof v === 'string')
      : type === 'object'
        ? typeof value === 'object' && !Array.isArray(value)
        : typeof value === type;
  if (!ok) {
    const goType = {
      string: 'string',
      boolean: 'bool',
      number: 'int',
      'string[]': '[]string',
      object: 'map[string]interface {}',
    }[type];
    throw new EngineError(
      'invalidParameter',
      `invalid JSON: json: cannot unmarshal ${goTypeName(value)} into Go struct field ${owner}.${key} of type ` +
        `${goType}`,
    );
  }
  return value as T;
}
