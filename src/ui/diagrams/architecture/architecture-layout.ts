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
  /**
   * The world's other hosts (each a daemon of its own), in a column right of the registries, so
   * the registries stand between the daemon the terminal talks to and the others; empty for one host.
   */
  others: ArchBox[];
  /** Heights of the lanes requests and responses fly along. */
  requestY: number;
  responseY: number;
}

/** The daemon's least share of the width: its four parts and their counts must stay readable. */
const DAEMON_SHARE = 0.34;

/**
 * The client's and the API's least widths: their titles ("docker client" in 13 px semibold,
 * "Engine API 1.50" in 11.5 px) measure about 95 and 91 px in Chromium's sans-serif.
 */
const CLIENT_MIN_W = 100;
const API_MIN_W = 96;

/**
 * The widths of the four columns and the gaps. On a wide page the side columns take their
 * preferred widths and the daemon the rest; on a narrow one (a presenter's split screen) the daemon
 * keeps its share and the side columns and gaps shrink together.
 */
export function columnWidths(inner: number): {
  clientW: number;
  apiW: number;
  regW: number;
  gap: number;
  daemonW: number;
} {
  const preferred = {
    clientW: Math.max(104, inner * 0.14),
    apiW: Math.max(108, inner * 0.1),
    regW: Math.max(150, inner * 0.22),
  };
  const sides = preferred.clientW + preferred.apiW + preferred.regW;
  const gap = Math.max(28, inner * 0.06);
  if (inner - sides - 3 * gap >= inner * DAEMON_SHARE) return { ...preferred, gap, daemonW: inner - sides - 3 * gap };
  const narrowGap = Math.max(14, inner * 0.03);
  const daemonW = inner * DAEMON_SHARE;
  const room = inner - daemonW - 3 * narrowGap;
  const scale = room / sides;
  // The client and the API keep room for their titles; the registries, whose names are cut to fit, give it.
  const clientW = Math.max(CLIENT_MIN_W, preferred.clientW * scale);
  const apiW = Math.max(API_MIN_W, preferred.apiW * scale);
  return { clientW, apiW, regW: room - clientW - apiW, gap: narrowGap, daemonW };
}

/** The other hosts' column: narrow, since each shows only its name and what its daemon holds. */
export function otherHostsWidth(inner: number): { w: number; gap: number } {
  return { w: Math.max(118, inner * 0.14), gap: Math.max(16, inner * 0.035) };
}

/**
 * Lays the diagram out in `width` × `height`, with one box per registry host and, right of the
 * registries, one per other host of the world (`otherHosts`, none by default).
 */
export function layoutArchitecture(
  width: number,
  height: number,
  registryHosts: string[],
  otherHosts: readonly string[] = [],
): ArchitectureLayout {
  const pad = 12;
  const w = Math.max(width, otherHosts.length ? 680 : 560);
  const h = Math.max(height, 260);
  const column = otherHosts.length ? otherHostsWidth(w - 2 * pad) : { w: 0, gap: 0 };
  const inner = w - 2 * pad - column.w - column.gap;
  const { clientW, apiW, regW, gap, daemonW } = columnWidths(inner);
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
  const registries = registryHosts.map((host, i) => ({
    id: host,
    x: regX,
    y: top + 24 + i * (regH + regGap),
    w: regW,
    h: regH,
  }));
  const otherGap = 10;
  const otherH = Math.min(120, (usable - (otherHosts.length - 1) * otherGap) / Math.max(otherHosts.length, 1));
  const others = otherHosts.map((name, i) => ({
    id: name,
    x: w - pad - column.w,
    y: top + i * (otherH + otherGap),
    w: column.w,
    h: otherH,
  }));
  return {
    width: w,
    height: h,
    client,
    api,
    daemon,
    parts,
    registries,
    others,
    requestY: centerY - 16,
    responseY: centerY + 16,
  };
}
