/** Registry routes: `POST /auth` (a login check) and `POST /images/{name}/push` (the pusher's stream). */

import type { RouteContext, RouteEntry } from '../answers';
import { header, json } from '../answers';
import type { ApiResponse } from '../types';
import { staticStream } from '../streams/static-stream';
import { EngineError } from '../../engine/errors';
import { announce } from '../../engine/context';
import { pushImage } from '../../engine/images/push';
import { checkLogin, loginHost } from '../../registry/registry-accounts';
import type { Credentials } from '../../registry/registry-accounts';
import { familiarName, parseNormalizedNamed } from '../../registry/reference';
import { base64Decode } from '../../kernel/base64';

/** An AuthConfig as the client sends it (moby api/types/registry.AuthConfig). */
interface AuthConfigBody {
  username?: unknown;
  password?: unknown;
  auth?: unknown;
  serveraddress?: unknown;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The username and password of an AuthConfig; `auth` (base64 `user:password`) when they are absent. */
function credentialsOf(config: AuthConfigBody | undefined): Credentials | undefined {
  if (!config || typeof config !== 'object') return undefined;
  let username = text(config.username);
  let password = text(config.password);
  if (username === '' && password === '' && text(config.auth) !== '') {
    const decoded = base64Decode(text(config.auth)) ?? '';
    const colon = decoded.indexOf(':');
    if (colon >= 0) [username, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
  }
  if (username === '' && password === '') return undefined;
  return { username, password };
}

/** `POST /auth`: `Login Succeeded`, or the registry's refusal (401) as the daemon words it. */
function auth({ engine, body }: RouteContext): ApiResponse {
  const config = body() as AuthConfigBody | undefined;
  const credentials = credentialsOf(config) ?? { username: '', password: '' };
  const serverAddress = text(config?.serveraddress);
  const result = checkLogin(engine.world.state.registries, serverAddress, credentials);
  announce(engine, {
    type: 'registry.auth',
    host: engine.host.name,
    registry: loginHost(serverAddress),
    ok: result.ok,
  });
  if (!result.ok) throw new EngineError(result.kind === 'unauthorized' ? 'unauthorized' : 'system', result.message);
  return json(200, { Status: 'Login Succeeded', IdentityToken: '' });
}

/** `POST /images/{name}/push?tag=…`, with the client's X-Registry-Auth. */
function push(ctx: RouteContext): ApiResponse {
  const { engine, params, query, deadline } = ctx;
  const encoded = header(ctx, 'X-Registry-Auth');
  // moby ignores an undecodable header (DecodeAuthConfig's error is dropped): no credentials.
  let config: AuthConfigBody | undefined;
  try {
    config = encoded ? (JSON.parse(base64Decode(encoded) ?? 'null') as AuthConfigBody) : undefined;
  } catch {
    config = undefined;
  }
  const tag = query.get('tag') ?? '';
  const parsed = parseNormalizedNamed(params[0]);
  if (!parsed.ok) throw new EngineError('invalidParameter', parsed.error);
  let ref = parsed.ref;
  if (tag !== '') {
    // httputils.RepoTagReference: a digest-looking tag is a digest, which push refuses.
    const tagged = parseNormalizedNamed(`${familiarName(ref)}:${tag}`);
    if (!tagged.ok) throw new EngineError('invalidParameter', tagged.error);
    ref = tagged.ref;
  }
  if (ref.digest) throw new EngineError('invalidParameter', 'cannot push a digest reference');
  const pushed = pushImage(engine, ref, credentialsOf(config), deadline);
  const frames = pushed.messages.map((m) => ({ at: m.at, json: m.message }));
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: staticStream('json-messages', frames, pushed.cancelled),
  };
}

/** Registry routes; image names may contain slashes, so they are matched greedily before `/push`. */
export const REGISTRY_ROUTES: RouteEntry[] = [
  { method: 'POST', pattern: /^\/auth$/, handle: auth },
  { method: 'POST', pattern: /^\/images\/(.+)\/push$/, handle: push },
];
