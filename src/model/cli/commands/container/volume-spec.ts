// The Linux `-v` syntax as docker/cli 28.2.2 reads it before sending the create request:
// [source:]target[:options]. A spec with a source (a named volume or a host path) becomes a bind,
// a bare target an anonymous volume. Only an empty spec or an empty section is refused here; the
// rest ("too many colons", bad options) is the daemon's to refuse, as the real client shows.
import { ConfigError } from './config-error';

/** The parts of a `-v` spec. */
export interface VolumeSpec {
  source: string;
  target: string;
}

/** Parses one `-v` value or throws docker's error. */
export function parseVolumeSpec(spec: string): VolumeSpec {
  if (spec === '') throw new ConfigError('invalid empty volume spec');
  // Specs of one or two characters are always an anonymous volume's target.
  if (spec.length <= 2) return { source: '', target: spec };
  const parts = spec.split(':');
  if (parts.some((p) => p === '')) throw new ConfigError(`invalid spec: ${spec}: empty section between colons`);
  if (parts.length === 1) return { source: '', target: parts[0] };
  return { source: parts[0], target: parts[1] };
}
