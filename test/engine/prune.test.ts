import { describe, expect, it } from 'vitest';
import { advance, create, images, newDaemon, nowMs, op, outcome, pull, run } from './engine-harness';
import { parseTimestamp } from '../../src/model/api/prune-filters';

const filters = (f: Record<string, string[]>) => `?filters=${encodeURIComponent(JSON.stringify(f))}`;

describe('POST /build/prune', () => {
  it('answers an empty report as moby does when there is no build cache', () => {
    const d = newDaemon();
    const r = d.call('POST', '/build/prune');
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.json)).toBe('{"CachesDeleted":null,"SpaceReclaimed":0}');
    expect(d.call('POST', `/build/prune?all=1${filters({ until: ['24h'] }).replace('?', '&')}`).status).toBe(200);
  });

  it('wraps its filter errors in "failed to prune build cache"', () => {
    const d = newDaemon();
    expect(outcome(d.call('POST', `/build/prune${filters({ bogus: ['1'] })}`))).toEqual({
      status: 400,
      message: "failed to prune build cache: invalid filter 'bogus'",
    });
    expect(outcome(d.call('POST', `/build/prune${filters({ until: ['1h'], 'unused-for': ['2h'] })}`))).toEqual({
      status: 400,
      message: 'failed to prune build cache: conflicting filters: "until" and "unused-for"',
    });
    expect(outcome(d.call('POST', `/build/prune${filters({ until: ['soon'] })}`)).message).toBe(
      `failed to prune build cache: "until" filter expects a duration (e.g., '24h') or a timestamp: ` +
        'failed to parse value as time or duration: "soon"',
    );
  });
});

describe('POST /containers/prune', () => {
  it('removes stopped containers only, newest first, and honours until and labels', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const old = create(d, { Image: 'alpine', Labels: { tier: 'db' } }, 'old');
    advance(d, 3_600_000);
    const recent = create(d, { Image: 'alpine', Labels: { tier: 'web' } }, 'recent');
    const newest = create(d, { Image: 'alpine' }, 'newest');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'busy');
    const until30m = d.call('POST', `/containers/prune${filters({ until: ['30m'] })}`).json;
    expect(until30m).toEqual({ ContainersDeleted: [old], SpaceReclaimed: 0 });
    const notWeb = d.call('POST', `/containers/prune${filters({ 'label!': ['tier=web'] })}`).json;
    expect(notWeb).toEqual({ ContainersDeleted: [newest], SpaceReclaimed: 0 });
    expect(d.call('POST', '/containers/prune').json).toEqual({ ContainersDeleted: [recent], SpaceReclaimed: 0 });
    expect(d.call('POST', '/containers/prune').json).toEqual({ ContainersDeleted: null, SpaceReclaimed: 0 });
  });

  it('refuses filters moby does not accept for a prune, and bad until values', () => {
    const d = newDaemon();
    expect(outcome(d.call('POST', `/containers/prune${filters({ status: ['exited'] })}`))).toEqual({
      status: 400,
      message: "invalid filter 'status'",
    });
    expect(outcome(d.call('POST', `/containers/prune${filters({ until: ['1h', '2h'] })}`))).toEqual({
      status: 400,
      message: 'more than one until filter specified',
    });
    // image_prune.go's own until parser returns errors without an errdefs kind: a 500.
    expect(outcome(d.call('POST', `/images/prune${filters({ until: ['nope'] })}`))).toEqual({
      status: 500,
      message: 'failed to parse value as time or duration: "nope"',
    });
  });
});

describe('POST /images/prune', () => {
  it('dangling=false removes every image no container uses and reports the layers freed', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    pull(d, 'nginx');
    create(d, { Image: 'nginx' }, 'keeper');
    const r = d.call('POST', `/images/prune${filters({ dangling: ['false'] })}`).json as {
      ImagesDeleted: Array<{ Untagged?: string; Deleted?: string }>;
      SpaceReclaimed: number;
    };
    expect(r.ImagesDeleted[0]).toEqual({ Untagged: 'alpine:latest' });
    expect(r.SpaceReclaimed).toBeGreaterThan(0);
    expect(images(d).map((i) => i.ref)).toEqual(['nginx:latest']);
  });

  it('only dangling images by default; dangling must be one boolean', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    expect(d.call('POST', '/images/prune').json).toEqual({ ImagesDeleted: null, SpaceReclaimed: 0 });
    expect(outcome(d.call('POST', `/images/prune${filters({ dangling: ['true', 'false'] })}`))).toEqual({
      status: 400,
      message: "invalid filter 'dangling=[true false]'",
    });
  });
});

describe('POST /volumes/prune', () => {
  it('keeps named volumes unless all=true, skips volumes in use, and answers [] when nothing goes', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    d.call('POST', '/volumes/create', { Name: 'named' });
    d.call('POST', '/volumes/create', { Name: 'labelled', Labels: { keep: 'yes' } });
    create(d, { Image: 'alpine', HostConfig: { Binds: ['used:/data'] } }, 'user');
    expect(JSON.stringify(d.call('POST', '/volumes/prune').json)).toBe('{"VolumesDeleted":[],"SpaceReclaimed":0}');
    const r = d.call('POST', `/volumes/prune${filters({ all: ['true'], 'label!': ['keep'] })}`).json;
    expect(r).toEqual({ VolumesDeleted: ['named'], SpaceReclaimed: 0 });
    expect(Object.keys(d.host.volumes).sort()).toEqual(['labelled', 'used']);
  });

  it('refuses more than one all value and one that is not a Go boolean', () => {
    const d = newDaemon();
    expect(outcome(d.call('POST', `/volumes/prune${filters({ all: ['1', '0'] })}`)).message).toBe(
      "invalid filter 'all=[1 0]': only one value is expected",
    );
    expect(outcome(d.call('POST', `/volumes/prune${filters({ all: ['maybe'] })}`)).message).toBe(
      `invalid filter 'all': strconv.ParseBool: parsing "maybe": invalid syntax`,
    );
    expect(outcome(d.call('POST', `/volumes/prune${filters({ until: ['1h'] })}`)).message).toBe(
      "invalid filter 'until'",
    );
  });
});

describe('POST /networks/prune', () => {
  it('removes user networks without endpoints, even ones a stopped container names', () => {
    const d = newDaemon();
    pull(d, 'nginx');
    d.call('POST', '/networks/create', { Name: 'busy' });
    d.call('POST', '/networks/create', { Name: 'idle' });
    d.call('POST', '/networks/create', { Name: 'labelled', Labels: { keep: '1' } });
    run(d, { Image: 'nginx', HostConfig: { NetworkMode: 'busy' } }, 'web');
    run(d, { Image: 'nginx', HostConfig: { NetworkMode: 'idle' } }, 'stopped');
    op(d, 'stop', 'stopped');
    const r = d.call('POST', `/networks/prune${filters({ 'label!': ['keep'] })}`).json;
    expect(r).toEqual({ NetworksDeleted: ['idle'] });
    expect(d.call('POST', '/networks/prune').json).toEqual({ NetworksDeleted: ['labelled'] });
    expect(outcome(op(d, 'start', 'stopped')).message).toMatch(
      /^failed to set up container networking: network [0-9a-f]{64} not found$/,
    );
  });
});

describe('the until filter (api/types/time GetTimestamp)', () => {
  const now = Date.UTC(2026, 0, 2, 12, 0, 0, 500);
  it.each([
    ['1h', Date.UTC(2026, 0, 2, 11, 0, 0)],
    ['90m', Date.UTC(2026, 0, 2, 10, 30, 0)],
    ['2026-01-01', Date.UTC(2026, 0, 1)],
    ['2026-01-01T10', Date.UTC(2026, 0, 1, 10)],
    ['2026-01-01T10:30', Date.UTC(2026, 0, 1, 10, 30)],
    ['2026-01-01T10:30:15Z', Date.UTC(2026, 0, 1, 10, 30, 15)],
    ['2026-01-01T10:30:15.250+07:00', Date.UTC(2026, 0, 1, 3, 30, 15, 250)],
    ['1767225600', Date.UTC(2026, 0, 1)],
    ['1767225600.5', Date.UTC(2026, 0, 1) + 500],
    ['0', 0],
  ])('%s is %s', (value, expected) => {
    expect(parseTimestamp(value, now)).toBe(expected);
  });

  it.each(['soon', '1x', ''])('%j is refused with Go’s sentence', (value) => {
    expect(parseTimestamp(value, now)).toBe(`failed to parse value as time or duration: ${JSON.stringify(value)}`);
  });

  it('counts back from the virtual clock', () => {
    const d = newDaemon();
    expect(parseTimestamp('10s', nowMs(d))).toBe(Math.floor(nowMs(d) / 1000) * 1000 - 10_000);
  });
});
