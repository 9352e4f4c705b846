/**
 * The application both sides run, chosen by image: a service (nginx, redis, postgres, …) takes the
 * shared `app_start`; a plain process (a shell from alpine, busybox or ubuntu, or hello-world's one
 * binary) is just a fork/exec.
 */

import { parseNormalizedNamed } from '../registry/reference';

/** How an image's program starts and how much memory it holds, as parameter ids. */
export interface AppProfile {
  kind: 'service' | 'process';
  startParam: string;
  rssParam: string;
}

// Official images whose default command is a shell or a one-shot binary, not a server.
const PROCESS_IMAGES = new Set(['alpine', 'busybox', 'ubuntu', 'debian', 'fedora', 'hello-world']);

/** The app an image runs; unknown images count as services. */
export function appForImage(image: string): AppProfile {
  const parsed = parseNormalizedNamed(image);
  const repo = parsed.ok ? (parsed.ref.path.split('/').pop() ?? '') : '';
  return PROCESS_IMAGES.has(repo)
    ? { kind: 'process', startParam: 'shell_start', rssParam: 'shell_rss' }
    : { kind: 'service', startParam: 'app_start', rssParam: 'app_rss' };
}
