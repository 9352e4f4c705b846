/**
 * Which base an image is built on, read from its bottom layer: it decides which executables a
 * container of the image has (busybox on alpine, coreutils and bash on debian and ubuntu).
 */

import type { HostState, ImageRecord } from '../state';
import type { ProcessContext } from '../processes/program';

// Diff IDs of the base layers in the registry catalog (see src/model/registry).
const ALPINE_BASE = 'sha256:30858d045d464f5bf7de216a1803bf67a87bb6d6818f1ac0b5d0fe001f63b3d2';
const DEBIAN_BASE = 'sha256:e352e8cfe2ff8b5c5beba9df128bc6c7a87fbd3e5c6002566f89afd75abd7f63';

/** The base family of an image, from its bottom layer and its config. */
export function imageFamily(host: HostState, image: ImageRecord): ProcessContext['family'] {
  const bottom = host.layers[image.layers[0]];
  const diff = bottom?.diffId ?? '';
  if (diff === ALPINE_BASE) return 'alpine';
  if (diff === DEBIAN_BASE) return 'debian';
  if (image.config.Cmd?.[0] === '/hello') return 'scratch';
  // A single-layer image whose default command is bash is an ubuntu-style base; one running sh is busybox-like.
  if (image.layers.length === 1 && image.config.Cmd?.[0] === '/bin/bash') return 'ubuntu';
  if (image.layers.length === 1 && image.config.Cmd?.[0] === 'sh') return 'alpine';
  return 'debian';
}
