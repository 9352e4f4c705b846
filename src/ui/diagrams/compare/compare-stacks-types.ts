/**
 * The shapes of the comparison's two architecture stacks: the blocks, texts and columns that
 * `layoutStacks` computes and the render draws. Texts are specs the render words in the page's
 * language.
 */

import type { Phase } from '../../../model/comparison';

/** Which side of the comparison. */
export type StackSide = 'vm' | 'container';

/** Type 1 runs on the hardware (KVM, ESXi, Hyper-V); type 2 on a host OS (VirtualBox). */
export type HypervisorType = 1 | 2;

/** What a block of a stack stands for. */
export type BlockRole =
  | 'hardware'
  | 'host-os'
  | 'hypervisor'
  | 'engine'
  | 'image'
  | 'guest-os'
  | 'libs'
  | 'app'
  | 'writable'
  | 'failed';

/** Where an instance is at an instant: not powered on yet, starting, ready, or never started. */
export type InstanceState = 'waiting' | 'starting' | 'ready' | 'failed';

/** What a text says; the render puts it into words in the page's language. */
export type TextSpec =
  | { kind: 'heading'; side: StackSide }
  | { kind: 'title'; side: StackSide; role: BlockRole; hypervisor: HypervisorType }
  | { kind: 'detail'; side: StackSide; role: BlockRole; hypervisor: HypervisorType }
  | { kind: 'status'; side: StackSide; state: InstanceState; phase?: Phase }
  | { kind: 'phase'; phase: Phase }
  | { kind: 'reason'; resource: 'ram' | 'disk' }
  | { kind: 'ram'; bytes: number; host?: boolean }
  | { kind: 'disk'; bytes: number }
  | { kind: 'cores'; count: number }
  | { kind: 'plain'; text: string }
  | { kind: 'each'; side: StackSide; resource: 'ram' | 'disk' }
  | { kind: 'host'; resource: 'cores' | 'ram' }
  | { kind: 'image-size' }
  | { kind: 'counts'; side: StackSide; ready: number; starting: number; failed: number };

/** A block: a rectangle of a stack (relative to its column for instance blocks). */
export interface StackRect {
  key: string;
  role: BlockRole;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The instance's state, for the block's look. */
  state?: InstanceState;
  /** How far a starting instance is from 0 to 1 (the progress strip of a booting guest OS). */
  progress?: number;
}

/** A line of text; `cite` lists the parameter ids a number depends on. */
export interface StackText {
  key: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  cls: string;
  spec: TextSpec;
  /** Pixels the text may take before it is cut. */
  maxPx: number;
  cite?: readonly string[];
  /** What a cited number is, for the heading line of its source tip. */
  about?: TextSpec;
  /** False for a repeat of a number already in the tab order (the same size on every column). */
  focusable?: boolean;
}

/** One VM or container that has powered on, with its blocks. */
export interface StackColumn {
  key: string;
  side: StackSide;
  /** 1-based start order. */
  index: number;
  name: string;
  state: InstanceState;
  /** The VM's `data-phase`: its current phase, `ready`, `failed` (or `waiting`). */
  phase: string;
  /** The daemon's state of a container (`created` while it starts, then `running`). */
  engineState?: string;
  /** Where it is, said in full (the column's tooltip; blocks may cut it). */
  status: TextSpec;
  compact: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
  rects: StackRect[];
  texts: StackText[];
}

/** Both stacks at one instant. */
export interface StacksLayout {
  width: number;
  height: number;
  /** Whether the sides sit side by side (else the VMs above the containers). */
  sideBySide: boolean;
  /** Blocks drawn once per side: hardware, host OS, hypervisor or engine, image layers. */
  base: StackRect[];
  /** Headings, base block labels and compact summaries. */
  texts: StackText[];
  /** The instances that have powered on by the instant. */
  columns: StackColumn[];
  compact: Record<StackSide, boolean>;
}
