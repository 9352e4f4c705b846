/**
 * Pure layout of the volumes-and-networks view: volumes (and bind-mounted host paths) on the left,
 * containers in the middle, networks on the right, with a link for every mount and attachment.
 */

import { type HostState, statusOf } from '../../../model';

/** A node in one of the three columns. */
export interface ResourceNode {
  key: string;
  kind: 'volume' | 'bind' | 'container' | 'network';
  label: string;
  sub: string;
  state?: string;
  /** A container the kernel's OOM killer ended (State.OOMKilled). */
  oomKilled?: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A mount or a network attachment. */
export interface ResourceLink {
  key: string;
  kind: 'mount' | 'network';
  path: string;
  /** Whether the link is live (a running container's attachment). */
  active: boolean;
}

/** The view, in pixels. */
export interface ResourcesLayout {
  width: number;
  height: number;
  nodes: ResourceNode[];
  links: ResourceLink[];
  columns: { volumes: number; containers: number; networks: number };
}

/** Lays out the host's volumes, containers and networks in a view `width` wide. */
export function layoutResources(host: HostState, width: number): ResourcesLayout {
  const pad = 16;
  const rowH = 44;
  const top = 34;
  const w = Math.max(width, 600);
  const colW = Math.min(240, (w - 2 * pad) / 4);
  const xs = { volumes: pad, containers: (w - colW) / 2, networks: w - pad - colW };
  const containers = Object.values(host.containers).sort((a, b) => a.created - b.created);
  const volumes = Object.values(host.volumes).sort((a, b) => a.name.localeCompare(b.name));
  const binds = [
    ...new Set(containers.flatMap((c) => c.mounts.filter((m) => m.type === 'bind').map((m) => m.source))),
  ].sort();
  const networks = Object.values(host.networks).sort(
    (a, b) => Number(b.predefined) - Number(a.predefined) || a.name.localeCompare(b.name),
  );
  const node = (
    kind: ResourceNode['kind'],
    key: string,
    label: string,
    sub: string,
    col: keyof typeof xs,
    row: number,
    state?: string,
  ): ResourceNode => ({
    key,
    kind,
    label,
    sub,
    state,
    x: xs[col],
    y: top + row * rowH,
    w: colW,
    h: rowH - 10,
  });
  const nodes: ResourceNode[] = [
    ...volumes.map((v, i) =>
      node('volume', `volume:${v.name}`, v.anonymous ? v.name.slice(0, 12) : v.name, v.driver, 'volumes', i),
    ),
    ...binds.map((b, i) => node('bind', `bind:${b}`, b, 'bind', 'volumes', volumes.length + i)),
    ...containers.map((c, i) => ({
      ...node(
        'container',
        `container:${c.id}`,
        c.name.replace(/^\//, ''),
        c.imageRef,
        'containers',
        i,
        statusOf(c.state.lifecycle),
      ),
      oomKilled: c.state.oomKilled === true,
    })),
    ...networks.map((n, i) =>
      node('network', `network:${n.name}`, n.name, `${n.driver}${n.subnet ? ` · ${n.subnet}` : ''}`, 'networks', i),
    ),
  ];
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const links: ResourceLink[] = [];
  const curve = (a: ResourceNode, b: ResourceNode) => {
    const x1 = a.x + a.w;
    const y1 = a.y + a.h / 2;
    const x2 = b.x;
    const y2 = b.y + b.h / 2;
    const mx = (x1 + x2) / 2;
    return `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
  };
  for (const c of containers) {
    const cn = byKey.get(`container:${c.id}`)!;
    const running = typeof c.state.lifecycle !== 'string';
    for (const m of c.mounts) {
      const vn = byKey.get(m.type === 'volume' ? `volume:${m.name}` : `bind:${m.source}`);
      if (vn)
        links.push({
          key: `${cn.key}|${vn.key}|${m.destination}`,
          kind: 'mount',
          path: curve(vn, cn),
          active: running,
        });
    }
    for (const name of Object.keys(c.networks)) {
      const nn = byKey.get(`network:${name}`);
      if (nn) links.push({ key: `${cn.key}|${nn.key}`, kind: 'network', path: curve(cn, nn), active: running });
    }
  }
  const rows = Math.max(volumes.length + binds.length, containers.length, networks.length, 1);
  return { width: w, height: top + rows * rowH + pad, nodes, links, columns: xs };
}
