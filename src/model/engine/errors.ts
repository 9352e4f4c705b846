/**
 * Engine errors in moby's errdefs vocabulary. A refused operation throws an EngineError; the API
 * turns its kind into an HTTP status and its message into `{"message": …}`.
 */

/** moby's error kinds (errdefs) that the simulator uses. */
export type ErrorKind =
  | 'invalidParameter'
  | 'unauthorized'
  | 'notFound'
  | 'conflict'
  | 'forbidden'
  | 'notModified'
  | 'unavailable'
  | 'system';

/** An error the daemon answers with; `message` is Docker's exact text. */
export class EngineError extends Error {
  /** Creates an error of `kind` with Docker's `message`. */
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/** The HTTP status the daemon's errdefs mapping gives each kind. */
export function statusOfKind(kind: ErrorKind): number {
  switch (kind) {
    case 'invalidParameter':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'notFound':
      return 404;
    case 'conflict':
      return 409;
    case 'notModified':
      return 304;
    case 'unavailable':
      return 503;
    default:
      return 500;
  }
}

/** Shorthand for `new EngineError('notFound', …)`. */
export const notFound = (message: string): EngineError => new EngineError('notFound', message);
/** Shorthand for `new EngineError('conflict', …)`. */
export const conflict = (message: string): EngineError => new EngineError('conflict', message);
/** Shorthand for `new EngineError('invalidParameter', …)`. */
export const invalidParameter = (message: string): EngineError => new EngineError('invalidParameter', message);
/** Shorthand for `new EngineError('forbidden', …)`. */
export const forbidden = (message: string): EngineError => new EngineError('forbidden', message);
/** Shorthand for `new EngineError('system', …)`. */
export const systemError = (message: string): EngineError => new EngineError('system', message);
