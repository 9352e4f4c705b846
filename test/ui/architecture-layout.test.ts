import { describe, expect, it } from 'vitest';
import { layoutArchitecture } from '../../src/ui/diagrams/architecture/architecture-layout';

const HOSTS = [
  'docker.io',
  'registry.digitalocean.com',
  'gcr.io',
  '123456789012.dkr.ecr.us-east-1.amazonaws.com',
  'pelabuhan.azurecr.io',
  'ghcr.io',
];

describe('architecture layout', () => {
  it.each([560, 720, 1280])(
    'at %i px the daemon keeps at least a third of the width and the columns do not overlap',
    (width) => {
      const l = layoutArchitecture(width, 400, HOSTS);
      const inner = l.width - 24;
      expect(l.daemon.w).toBeGreaterThanOrEqual(inner / 3);
      expect(l.client.x + l.client.w).toBeLessThan(l.api.x);
      expect(l.api.x + l.api.w).toBeLessThan(l.daemon.x);
      expect(l.daemon.x + l.daemon.w).toBeLessThan(l.registries[0].x);
      expect(l.registries[0].x + l.registries[0].w).toBeLessThanOrEqual(l.width - 12 + 1e-9);
    },
  );

  it('keeps the wide layout as it was: side columns at their preferred widths', () => {
    const l = layoutArchitecture(1280, 400, HOSTS);
    const inner = 1280 - 24;
    expect(l.client.w).toBeCloseTo(Math.max(104, inner * 0.14));
    expect(l.registries[0].w).toBeCloseTo(Math.max(150, inner * 0.22));
  });
});
