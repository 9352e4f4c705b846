/**
 * Pure layout of the architecture view, after the course's diagram: the docker client talks to
 * the daemon over the REST API; the daemon keeps images, containers, volumes and networks, and
 * pulls from registries.
 */

/** A box in the diagram. */
export interface ArchBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The parts of the daemon, in the order they are drawn. */
export const DAEMON_PARTS = ['images', 'containers', 'volumes', 'networks'] as const;

/** One part of the daemon. */
export type DaemonPart = (typeof DAEMON_PARTS)[number];

/** The diagram, in pixels. */
export interface ArchitectureLayout {
  width: number;
  height: number;
  client: ArchBox;
  api: ArchBox;
  daemon: ArchBox;
  parts: Record<DaemonPart, ArchBox>;
  registries: ArchBox[];
  /** Heights of the lanes requests and responses fly along. */
  requestY: number;
  responseY: number;
}

/** Lays the diagram out in `width` × `height`, with one box per registry host. */
export function layoutArchitecture(width: number, height: number, registryHosts: string[]): ArchitectureLayout {
  const pad = 12;
  const w = Math.max(width, 560);
  const h = Math.max(height, 260);
  const inner = w - 2 * pad;
  const clientW = Math.max(104, inner * 0.14);
  const apiW = Math.max(108, inner * 0.1);
  const regW = Math.max(150, inner * 0.22);
  const gap = Math.max(28, inner * 0.06);
  const daemonW = inner - clientW - apiW - regW - 3 * gap;
  const top = pad + 4;
  const usable = h - top - pad;
  const centerY = top + usable / 2;

  const client: ArchBox = { id: 'client', x: pad, y: centerY - 44, w: clientW, h: 88 };
  const api: ArchBox = { id: 'api', x: client.x + clientW + gap, y: top + usable * 0.12, w: apiW, h: usable * 0.76 };
  const daemon: ArchBox = { id: 'daemon', x: api.x + apiW + gap, y: top, w: daemonW, h: usable };
  const partTop = daemon.y + 40;
  const partGap = 10;
  const partW = (daemon.w - 3 * partGap) / 2;
  const partH = (daemon.h - 40 - 3 * partGap) / 2 + partGap / 2;
  const parts = {} as Record<DaemonPart, ArchBox>;
  DAEMON_PARTS.forEach((id, i) => {
    parts[id] = {
      id,
      x: daemon.x + partGap + (i % 2) * (partW + partGap),
      y: partTop + Math.floor(i / 2) * (partH + partGap),
      w: partW,
      h: partH - partGap / 2,
    };
  });
  const regX = daemon.x + daemon.w + gap;
  const regGap = 6;
  const regH = Math.min(44, (usable - 24 - (registryHosts.length - 1) * regGap) / Math.max(registryHosts.length, 1));
  const registries = registryHosts.map((host, i) => ({ id: host, x: regX, y: top + 24 + i * (regH + regGap), w: regW, h: regH }));
  return { width: w, height: h, client, api, daemon, parts, registries, requestY: centerY - 16, responseY: centerY + 16 };
}
