import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newDaemon, outcome, pull, run } from './engine-harness';
import { route } from '../../src/model/api/route';
import type { ApiResponse } from '../../src/model/api/types';

/** Calls route() and turns a throw into a failed expectation naming the request. */
function safely(
  d: ReturnType<typeof newDaemon>,
  request: { method: unknown; path: unknown; body?: unknown; headers?: Record<string, string> },
): ApiResponse {
  try {
    return route(d.world, request as Parameters<typeof route>[1]);
  } catch (error) {
    throw new Error(`route threw for ${JSON.stringify(request).slice(0, 300)}: ${String(error)}`);
  }
}

/**
 * An answer is well-formed: a real HTTP status, and an error answer carries a message that is not an internal error.
 */
function expectWellFormed(r: ApiResponse, what: string): void {
  expect(Number.isInteger(r.status) && r.status >= 100 && r.status < 600, `${what}: status ${r.status}`).toBe(true);
  const message = (r.json as { message?: unknown } | undefined)?.message;
  if (r.status >= 400) expect(typeof message, `${what}: error without message`).toBe('string');
  expect(String(message ?? ''), what).not.toMatch(/internal simulator error/);
}

describe('unknown routes', () => {
  it.each([
    ['GET', '/nope'],
    ['GET', '/containers'],
    ['POST', '/containers/json'],
    ['GET', '/images/create'],
    ['PUT', '/containers/create'],
    ['GET', '/v1.50'],
    ['GET', ''],
  ])('%s %j is 404 "page not found"', (method, path) => {
    const d = newDaemon();
    expect(outcome(d.call(method, path))).toEqual({ status: 404, message: 'page not found' });
  });

  it.each(['FROB', '', 'get ', 'DELETE\n', '💥'])('the nonsense method %j is answered, not thrown', (method) => {
    const d = newDaemon();
    const r = safely(d, { method, path: '/v1.50/containers/json' });
    expectWellFormed(r, method);
    expect(r.status).toBe(404);
  });

  it('a too new API version is refused with 400', () => {
    const d = newDaemon();
    expect(outcome(safely(d, { method: 'GET', path: '/v9.99/_ping' }))).toEqual({
      status: 400,
      message: 'client version 9.99 is too new. Maximum supported API version is 1.50',
    });
  });

  it('a too old API version is refused with 400', () => {
    const d = newDaemon();
    expect(outcome(safely(d, { method: 'GET', path: '/v1.12/_ping' }))).toEqual({
      status: 400,
      message:
        'client version 1.12 is too old. Minimum supported API version is 1.24, please upgrade your client to ' +
        'a newer version',
    });
  });

  it('a broken URL escape in the path is a 400, not a throw', () => {
    const d = newDaemon();
    expect(outcome(safely(d, { method: 'GET', path: '/v1.50/containers/%E0%A4%A/json' }))).toEqual({
      status: 400,
      message: 'invalid URL escape in path',
    });
  });
});

describe('malformed bodies', () => {
  it('malformed JSON is a 400 "invalid JSON"', () => {
    const d = newDaemon();
    for (const body of ['{bad', '{"Image": "alpine"', '[', 'nul', '{"Image": alpine}']) {
      const r = outcome(safely(d, { method: 'POST', path: '/v1.50/containers/create', body }));
      expect(r.status, body).toBe(400);
      expect(r.message, body).toMatch(/^invalid JSON: /);
    }
  });

  it('wrong JSON types are a 400 naming the Go type', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const cases: Array<[unknown, RegExp]> = [
      [{ Image: 5 }, /cannot unmarshal number into Go struct field \S*Image of type string/],
      [{ Image: 'alpine', Cmd: 'echo hi' }, /cannot unmarshal string into Go struct field \S*Cmd of type \[\]string/],
      [{ Image: 'alpine', Cmd: [1, 2] }, /cannot unmarshal array into Go struct field \S*Cmd of type \[\]string/],
      [{ Image: 'alpine', HostConfig: [] }, /cannot unmarshal array into Go struct field \S*HostConfig/],
      [
        { Image: 'alpine', HostConfig: { AutoRemove: 'yes' } },
        /cannot unmarshal string into Go struct field HostConfig\.AutoRemove of type bool/,
      ],
      [
        { Image: 'alpine', HostConfig: { Binds: 'data:/data' } },
        /cannot unmarshal string into Go struct field HostConfig\.Binds of type \[\]string/,
      ],
      [
        { Image: 'alpine', HostConfig: { PortBindings: { '80/tcp': { HostPort: '80' } } } },
        /cannot unmarshal object into Go struct field HostConfig\.PortBindings/,
      ],
      [[1, 2, 3], /cannot unmarshal array into Go value of type container\.CreateRequest/],
      ['"alpine"', /cannot unmarshal string into Go value/],
    ];
    for (const [body, pattern] of cases) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const r = outcome(safely(d, { method: 'POST', path: '/v1.50/containers/create', body: text }));
      expect(r.status, text).toBe(400);
      expect(r.message, text).toMatch(pattern);
    }
    expect(Object.keys(d.host.containers)).toEqual([]);
  });

  it('wrong types in volume and network bodies are 400s too', () => {
    const d = newDaemon();
    expect(outcome(safely(d, { method: 'POST', path: '/v1.50/volumes/create', body: '{"Name": 7}' })).status).toBe(400);
    expect(outcome(safely(d, { method: 'POST', path: '/v1.50/networks/create', body: '{"Name": ["x"]}' })).status).toBe(
      400,
    );
    expect(
      outcome(safely(d, { method: 'POST', path: '/v1.50/networks/bridge/connect', body: '{"Container": false}' }))
        .status,
    ).toBe(400);
  });

  it('a huge body is refused with 400 without parsing it', () => {
    const d = newDaemon();
    const body = `{"Image":"alpine","Env":["${'x'.repeat(5 * 1024 * 1024)}"]}`;
    const r = outcome(safely(d, { method: 'POST', path: '/v1.50/containers/create', body }));
    expect(r.status).toBe(400);
    expect(r.message).toMatch(/request body is larger than/);
  });

  it('a body that is not JSON by content type is a 400', () => {
    const d = newDaemon();
    const r = safely(d, {
      method: 'POST',
      path: '/v1.50/containers/create',
      body: 'Image=alpine',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(outcome(r)).toEqual({
      status: 400,
      message: "unsupported Content-Type header (text/plain): must be 'application/json'",
    });
  });

  it('bad query values are 400s', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app');
    expect(outcome(d.call('POST', '/containers/app/stop?t=soon'))).toEqual({
      status: 400,
      message: 'invalid value for t: soon',
    });
    expect(outcome(d.call('GET', '/containers/json?filters=%7Bnope'))).toEqual({
      status: 400,
      message: 'invalid filter: {nope',
    });
    expect(outcome(d.call('GET', '/containers/json?filters=%7B%22colour%22%3A%5B%22red%22%5D%7D'))).toEqual({
      status: 400,
      message: "invalid filter 'colour'",
    });
  });
});

describe('fuzz: nothing a client sends makes route() throw', () => {
  const paths = [
    '/_ping',
    '/version',
    '/info',
    '/system/df',
    '/containers/json',
    '/containers/create',
    '/containers/prune',
    '/containers/{c}/json',
    '/containers/{c}/start',
    '/containers/{c}/stop',
    '/containers/{c}/kill',
    '/containers/{c}/restart',
    '/containers/{c}/pause',
    '/containers/{c}/unpause',
    '/containers/{c}/wait',
    '/containers/{c}/attach',
    '/containers/{c}/logs',
    '/containers/{c}',
    '/images/json',
    '/images/create',
    '/images/prune',
    '/images/{i}/json',
    '/images/{i}/tag',
    '/images/{i}',
    '/volumes',
    '/volumes/create',
    '/volumes/prune',
    '/volumes/{v}',
    '/networks',
    '/networks/create',
    '/networks/prune',
    '/networks/{n}',
    '/networks/{n}/connect',
    '/networks/{n}/disconnect',
  ];
  const word = fc.oneof(
    fc.constantFrom('app', 'alpine', 'e7c8', 'bridge', 'data', 'nope', '', '%', '..', 'sha256:', 'a/b'),
    fc.string({ maxLength: 12 }),
  );
  const query = fc.dictionary(
    fc.constantFrom(
      'all',
      'force',
      'v',
      't',
      'signal',
      'filters',
      'fromImage',
      'tag',
      'repo',
      'name',
      'condition',
      'limit',
      'size',
      'type',
      'stdout',
      'tail',
    ),
    fc.oneof(word, fc.json({ maxDepth: 2 })),
    { maxKeys: 3 },
  );
  const body = fc.oneof(
    fc.constant(undefined),
    fc.json({ maxDepth: 3 }),
    fc.jsonValue({ maxDepth: 3 }),
    fc.string({ maxLength: 40 }),
    fc.anything({ maxDepth: 2 }),
  );
  const request = fc.record({
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'DELETE', 'HEAD', 'PUT'), fc.string({ maxLength: 6 })),
    path: fc
      .tuple(fc.constantFrom(...paths), word, query, fc.constantFrom('/v1.50', '', '/v1.24', '/v2.0'))
      .map(
        ([template, w, q, version]) =>
          `${version}${template.replace(/\{[a-z]\}/, encodeURIComponent(w))}` +
          `${Object.keys(q).length ? `?${new URLSearchParams(q as Record<string, string>)}` : ''}`,
      ),
    body,
  });

  it('random requests against a daemon with a container, image, volume and network get well-formed answers', () => {
    const d = newDaemon('fuzz');
    pull(d, 'alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app');
    d.call('POST', '/volumes/create', { Name: 'data' });
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 20 }), (requests) => {
        for (const r of requests) expectWellFormed(safely(d, r), `${r.method} ${r.path}`);
      }),
      { numRuns: 300 },
    );
  });
});
