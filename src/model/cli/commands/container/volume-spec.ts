// The `-v` syntax as docker/cli 28.2.2 reads it before sending the create request
// (cli/compose/loader/volume.go ParseVolume): [source:]target[:options]. A spec with a source (a
// named volume or a host path) becomes a bind, a bare target an anonymous volume. An empty spec,
// an empty section or a fourth section is refused here; the rest (bad options) is the daemon's.
import { ConfigError } from './config-error';

/** The parts of a `-v` spec, and whether its source is a host path (`bind`) or a volume name. */
export interface VolumeSpec {
  source: string;
  target: string;
  type: 'bind' | 'volume';
}

const isLetter = (c: string) => /^\p{L}$/u.test(c);

/** volume.go isFilePath: `.`, `/`, `~`, a Windows drive or a UNC path. */
function isFilePath(source: string): boolean {
  if ('./~'.includes(source[0])) return true;
  const chars = Array.from(source);
  if (chars.length === 1) return false;
  return source.startsWith('\\\\') || (isLetter(chars[0]) && chars[1] === ':');
}

/** Parses one `-v` value or throws docker's error. */
export function parseVolumeSpec(spec: string): VolumeSpec {
  if (spec === '') throw new ConfigError('invalid empty volume spec');
  // Specs of one or two characters are always an anonymous volume's target.
  if (spec.length <= 2) return { source: '', target: spec, type: 'volume' };
  let source = '';
  let target = '';
  let buffer: string[] = [];
  const END = '';
  for (const char of [...Array.from(spec), END]) {
    // A drive letter's colon (`c:`) belongs to the path.
    if (char === ':' && buffer.length === 1 && isLetter(buffer[0])) {
      buffer.push(char);
      continue;
    }
    if (char !== ':' && char !== END) {
      buffer.push(char);
      continue;
    }
    const section = buffer.join('');
    buffer = [];
    if (section === '') throw new ConfigError(`invalid spec: ${spec}: empty section between colons`);
    if (source === '' && char === END) target = section;
    else if (source === '') source = section;
    else if (target === '') target = section;
    else if (char === ':') throw new ConfigError(`invalid spec: ${spec}: too many colons`);
  }
  return { source, target, type: source !== '' && isFilePath(source) ? 'bind' : 'volume' };
}
