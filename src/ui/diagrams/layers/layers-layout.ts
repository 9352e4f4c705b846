/**
 * Pure layout of the images-and-layers view. Layers form a forest (each has a parent), so images
 * that share a base share a path from the bottom: each image gets a column, and a layer spans the
 * columns of every image that uses it, drawn once. Containers sit on top of their image's top
 * layer as thin writable layers.
 */

import { type HostState, familiarFromFull, statusOf } from '../../../model';

/** A layer rectangle. */
export interface LayerBox {
  chainId: string;
  /** The 12 hex of the blob digest, as `docker pull` names the layer. */
  layerId: string;
  users: number;
  size: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** An image's column: its background and its label at the bottom. */
export interface ImageColumn {
  imageId: string;
  tags: string[];
  x: number;
  w: number;
  /** Top of the column's own stack (its top layer). */
  top: number;
  labelY: number;
  layerCount: number;
  size: number;
}

/** A container's thin writable layer. */
export interface ContainerBox {
  id: string;
  name: string;
  state: string;
  imageId: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The whole layout, in pixels. */
export interface LayersLayout {
  width: number;
  height: number;
  layers: LayerBox[];
  images: ImageColumn[];
  containers: ContainerBox[];
}

/** Sizes the layout uses. */
export interface LayersMetrics {
  width: number;
  minColumn: number;
  rowHeight: number;
  containerHeight: number;
  containerMinWidth: number;
  gap: number;
  labelHeight: number;
  pad: number;
}

/** The default metrics for a view `width` pixels wide. */
export function defaultLayersMetrics(width: number): LayersMetrics {
  return {
    width,
    minColumn: 150,
    rowHeight: 24,
    containerHeight: 16,
    containerMinWidth: 96,
    gap: 6,
    labelHeight: 40,
    pad: 12,
  };
}

interface TrieNode {
  chainId: string;
  children: TrieNode[];
  ending: string[];
  depth: number;
}

/** The first familiar tag of an image, or its short ID for a dangling one (used to order columns). */
export function imageTitle(host: HostState, imageId: string): string {
  const image = host.images[imageId];
  const tag = image?.repoTags[0];
  return tag ? familiarFromFull(tag) : `<none> ${imageId.replace(/^sha256:/, '').slice(0, 12)}`;
}

function buildTrie(host: HostState, imageIds: string[]): TrieNode[] {
  const roots: TrieNode[] = [];
  const byChain = new Map<string, TrieNode>();
  for (const imageId of imageIds) {
    let siblings = roots;
    let node: TrieNode | undefined;
    host.images[imageId].layers.forEach((chainId, depth) => {
      node = byChain.get(chainId);
      if (!node) {
        node = { chainId, children: [], ending: [], depth };
        byChain.set(chainId, node);
        siblings.push(node);
      }
      siblings = node.children;
    });
    node?.ending.push(imageId);
  }
  return roots;
}

/** Lays out the host's images, layers and containers. */
export function layoutLayers(host: HostState, m: LayersMetrics): LayersLayout {
  const imageIds = Object.keys(host.images).sort(
    (a, b) => imageTitle(host, a).localeCompare(imageTitle(host, b)) || a.localeCompare(b),
  );
  const roots = buildTrie(host, imageIds);
  const order: string[] = [];
  const spans = new Map<string, [number, number]>();
  const visit = (node: TrieNode): void => {
    const first = order.length;
    order.push(...node.ending);
    node.children.forEach(visit);
    spans.set(node.chainId, [first, order.length - 1]);
  };
  roots.forEach(visit);
  // Images with no layers at all, and containers whose image was force-removed, get columns too.
  for (const id of imageIds) if (!order.includes(id)) order.push(id);
  const orphans = [...new Set(Object.values(host.containers).map((c) => c.imageId))].filter((id) => !host.images[id]);
  const columns = [...order, ...orphans];

  const n = Math.max(columns.length, 1);
  const colW = Math.max(m.minColumn, Math.floor((m.width - 2 * m.pad - (n - 1) * m.gap) / n));
  const colX = (i: number) => m.pad + i * (colW + m.gap);

  const byImage = new Map<string, HostState['containers'][string][]>();
  for (const c of Object.values(host.containers).sort(
    (a, b) => a.created - b.created || a.name.localeCompare(b.name),
  )) {
    const list = byImage.get(c.imageId) ?? [];
    list.push(c);
    byImage.set(c.imageId, list);
  }
  const perRow = Math.max(1, Math.floor((colW + m.gap) / (m.containerMinWidth + m.gap)));
  const depthOf = (id: string) => host.images[id]?.layers.length ?? 0;
  const rowsAbove = (id: string) => Math.ceil((byImage.get(id)?.length ?? 0) / perRow);
  const stackHeight = (id: string) => depthOf(id) * m.rowHeight + rowsAbove(id) * (m.containerHeight + 4);
  const tallest = Math.max(m.rowHeight, ...columns.map(stackHeight));
  const baseY = m.pad + tallest + 8;

  const layers: LayerBox[] = [];
  for (const [chainId, [from, to]] of spans) {
    const record = host.layers[chainId];
    const depth = host.images[columns[from]].layers.indexOf(chainId);
    layers.push({
      chainId,
      layerId: (record?.blobDigest ?? chainId).replace(/^sha256:/, '').slice(0, 12),
      users: record?.users.length ?? 0,
      size: record?.size ?? 0,
      x: colX(from),
      w: colX(to) + colW - colX(from),
      y: baseY - (depth + 1) * m.rowHeight,
      h: m.rowHeight - 3,
    });
  }

  const images: ImageColumn[] = columns.map((imageId, i) => {
    const image = host.images[imageId];
    return {
      imageId,
      tags: image ? image.repoTags.map(familiarFromFull) : [],
      x: colX(i),
      w: colW,
      top: baseY - depthOf(imageId) * m.rowHeight,
      labelY: baseY + 6,
      layerCount: depthOf(imageId),
      size: image?.size ?? 0,
    };
  });

  const containers: ContainerBox[] = [];
  images.forEach((col) => {
    const list = byImage.get(col.imageId) ?? [];
    const cw = (colW - (perRow - 1) * m.gap) / Math.min(perRow, Math.max(list.length, 1));
    list.forEach((c, k) => {
      const row = Math.floor(k / perRow);
      const slot = k % perRow;
      containers.push({
        id: c.id,
        name: c.name.replace(/^\//, ''),
        state: statusOf(c.state.lifecycle),
        imageId: c.imageId,
        x: col.x + slot * (cw + m.gap),
        y: col.top - (row + 1) * (m.containerHeight + 4),
        w: cw,
        h: m.containerHeight,
      });
    });
  });

  const width = Math.max(m.width, colX(columns.length - 1) + colW + m.pad);
  return { width, height: baseY + m.labelHeight + m.pad, layers, images, containers };
}
