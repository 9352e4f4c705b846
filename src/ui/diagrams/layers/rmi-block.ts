/** Which container blocked the last `docker rmi`, read from the refused API exchange. */

import type { CommandRecord } from '../../../model/client';

/** The refused image and the short ID of the container Docker named. */
export interface RmiBlock {
  image: string;
  containerPrefix: string;
}

/** The block of the last command, if it was an image removal the daemon refused with 409. */
export function rmiBlockOf(record: CommandRecord | undefined): RmiBlock | undefined {
  if (!record) return undefined;
  for (const x of record.exchanges) {
    if (x.method !== 'DELETE' || !x.path.startsWith('/images/') || x.status !== 409) continue;
    const message = (x.responseBody as { message?: string } | undefined)?.message ?? '';
    const id = /container ([0-9a-f]{12})/.exec(message)?.[1];
    if (id) return { image: decodeURIComponent(x.path.slice('/images/'.length)), containerPrefix: id };
  }
  return undefined;
}
