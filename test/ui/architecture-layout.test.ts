/**
 * The architecture layout held to what the diagram must show, whatever the formula: every box in
 * the picture, none on another, the course's order left to right (client → REST API → daemon →
 * registries), the request and response lanes running through all three boxes they join, the
 * daemon's four parts inside it, and room for the words each box holds.
 */

import { describe, expect, it } from 'vitest';
import {
  DAEMON_PARTS,
  layoutArchitecture,
  type ArchBox,
  type ArchitectureLayout,
} from '../../src/ui/diagrams/architecture/architecture-layout';

const HOSTS = [
  'docker.io',
  'registry.digitalocean.com',
  'gcr.io',
  '123456789012.dkr.ecr.us-east-1.amazonaws.com',
  'pelabuhan.azurecr.io',
  'ghcr.io',
];

// A presenter's split screen, a phone turned sideways, a laptop, a projector, a wide monitor.
const SIZES: Array<[number, number]> = [
  [560, 260],
  [560, 280],
  [640, 360],
  [720, 420],
  [1024, 600],
  [1280, 400],
  [1280, 720],
  [1920, 1080],
];

const right = (b: ArchBox) => b.x + b.w;
const bottom = (b: ArchBox) => b.y + b.h;
const overlaps = (a: ArchBox, b: ArchBox) => a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);
const inside = (inner: ArchBox, outer: ArchBox) =>
  inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) && bottom(inner) <= bottom(outer);
const spans = (b: ArchBox, y: number) => y > b.y && y < bottom(b);

/** Every top-level box: client, API, daemon and the registries. */
const boxes = (l: ArchitectureLayout): ArchBox[] => [l.client, l.api, l.daemon, ...l.registries];

describe.each(SIZES)('the architecture diagram at %i × %i', (width, height) => {
  const l = layoutArchitecture(width, height, HOSTS);
  const frame: ArchBox = { id: 'svg', x: 0, y: 0, w: l.width, h: l.height };

  it('fills the size it is given, and every box is inside it', () => {
    expect([l.width, l.height]).toEqual([width, height]);
    for (const b of [...boxes(l), ...Object.values(l.parts)]) {
      expect(b.w, b.id).toBeGreaterThan(0);
      expect(b.h, b.id).toBeGreaterThan(0);
      expect(inside(b, frame), `${b.id} inside ${width}×${height}`).toBe(true);
    }
  });

  it('reads left to right: client, REST API, daemon, registries, with a gap between each', () => {
    const columns = [l.client, l.api, l.daemon, l.registries[0]];
    for (let i = 1; i < columns.length; i++) {
      const gap = columns[i].x - right(columns[i - 1]);
      expect(gap, `${columns[i - 1].id} → ${columns[i].id}`).toBeGreaterThanOrEqual(8);
    }
    for (const r of l.registries) expect(r.x, r.id).toBe(l.registries[0].x);
  });

  it('puts no box on another', () => {
    const all = boxes(l);
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(overlaps(all[i], all[j]), `${all[i].id} and ${all[j].id}`).toBe(false);
  });

  it('stacks one box per registry, in the order given, top to bottom', () => {
    expect(l.registries.map((r) => r.id)).toEqual(HOSTS);
    for (let i = 1; i < l.registries.length; i++)
      expect(l.registries[i].y, l.registries[i].id).toBeGreaterThanOrEqual(bottom(l.registries[i - 1]));
  });

  it('runs the request lane above the response lane, both through client, API and daemon', () => {
    // A flying message is a 20 px chip on its lane: two lanes closer than that would collide.
    expect(l.responseY - l.requestY).toBeGreaterThanOrEqual(20);
    for (const y of [l.requestY, l.responseY])
      for (const b of [l.client, l.api, l.daemon]) expect(spans(b, y), `lane at ${y} through ${b.id}`).toBe(true);
  });

  it("draws the daemon's four parts inside it, two by two in reading order, none on another", () => {
    const [images, containers, volumes, networks] = DAEMON_PARTS.map((id) => l.parts[id]);
    for (const id of DAEMON_PARTS) {
      expect(l.parts[id].id).toBe(id);
      expect(inside(l.parts[id], l.daemon), `${id} inside the daemon`).toBe(true);
    }
    expect(right(images)).toBeLessThanOrEqual(containers.x);
    expect(right(volumes)).toBeLessThanOrEqual(networks.x);
    expect(bottom(images)).toBeLessThanOrEqual(volumes.y);
    expect(bottom(containers)).toBeLessThanOrEqual(networks.y);
    // The daemon's title and status line sits above the parts.
    expect(Math.min(images.y, containers.y) - l.daemon.y).toBeGreaterThanOrEqual(30);
  });

  it('leaves room for the words: a title and at least one line in each part, a name in each registry', () => {
    // Parts: a 13 px title, then 17 px lines (the render's spacing) and some padding.
    for (const id of DAEMON_PARTS) expect(l.parts[id].h, id).toBeGreaterThanOrEqual(13 + 17 + 16);
    // Registries: at least one 12 px line, and a name of about ten characters at 12 px.
    for (const r of l.registries) {
      expect(r.h, r.id).toBeGreaterThanOrEqual(18);
      expect(r.w, r.id).toBeGreaterThanOrEqual(10 * 7);
    }
    // The client and the API: "docker client" and "Engine API 1.50" measure about 95 and 91 px in
    // Chromium's sans-serif (the e2e test checks the real text inside the real boxes).
    expect(l.client.w).toBeGreaterThanOrEqual(95);
    expect(l.api.w).toBeGreaterThanOrEqual(91);
    // The daemon keeps a third of the width: its four parts and their counts are the point of the view.
    expect(l.daemon.w).toBeGreaterThanOrEqual((l.width - 24) / 3);
  });
});

describe('the architecture diagram on a small page', () => {
  it('never lays out smaller than 560 × 260: a smaller canvas scrolls', () => {
    const l = layoutArchitecture(320, 200, HOSTS);
    expect([l.width, l.height]).toEqual([560, 260]);
  });

  it('with one registry, the box is no taller than with room to spare', () => {
    const one = layoutArchitecture(1280, 720, ['docker.io']);
    const six = layoutArchitecture(1280, 720, HOSTS);
    expect(one.registries).toHaveLength(1);
    expect(one.registries[0].h).toBeGreaterThanOrEqual(six.registries[0].h);
  });
});
