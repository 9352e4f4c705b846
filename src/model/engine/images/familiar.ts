/** Familiar forms of fully qualified references, as the daemon reports them (`alpine:latest`). */

import { familiarString, parseNormalizedNamed } from '../../registry/reference';

/** `docker.io/library/alpine:latest` → `alpine:latest`; other registries stay as they are. */
export function familiarFromFull(full: string): string {
  const parsed = parseNormalizedNamed(full);
  return parsed.ok ? familiarString(parsed.ref) : full;
}
