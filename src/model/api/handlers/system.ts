/** `/_ping`, `/version`, `/info` and `/system/df`. */

import type { RouteEntry } from '../answers';
import { json } from '../answers';
import type { ApiResponse } from '../types';
import { API_VERSION } from '../types';
import { infoDocument, versionDocument } from '../views/system-views';
import { diskUsage } from '../views/disk-usage';

/** The headers `_ping` answers with; the client reads the API version from them. */
export const PING_HEADERS: Record<string, string> = {
  'Api-Version': API_VERSION,
  'Builder-Version': '2',
  'Cache-Control': 'no-cache, no-store, must-revalidate',
  'Docker-Experimental': 'false',
  Ostype: 'linux',
  Pragma: 'no-cache',
  Swarm: 'inactive',
};

function ping(): ApiResponse {
  return { status: 200, headers: { ...PING_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, text: 'OK' };
}

/** System routes. */
export const SYSTEM_ROUTES: RouteEntry[] = [
  { method: 'GET', pattern: /^\/_ping$/, handle: ping },
  { method: 'GET', pattern: /^\/version$/, handle: ({ engine }) => json(200, versionDocument(engine.host)) },
  { method: 'GET', pattern: /^\/info$/, handle: ({ engine }) => json(200, infoDocument(engine)) },
  {
    method: 'GET',
    pattern: /^\/system\/df$/,
    handle: ({ engine, query }) => json(200, diskUsage(engine, query.getAll('type'))),
  },
];
