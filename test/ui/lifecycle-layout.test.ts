import { describe, expect, it } from 'vitest';
import { containerMachine } from '../../src/model/engine/containers/lifecycle-machine';
import { layoutLifecycle, nodeOfStatus } from '../../src/ui/diagrams/lifecycle/lifecycle-layout';
import { edgeFor } from '../../src/ui/diagrams/lifecycle/lifecycle-render';

describe('lifecycle layout', () => {
  const layout = layoutLifecycle(containerMachine, 1000, 420);

  it('has a box for every state of the container statechart, paused nested in running', () => {
    expect(layout.states.map((s) => s.id).sort()).toEqual(
      ['created', 'running', 'running.active', 'running.paused', 'restarting', 'exited', 'dead', 'removing', 'removed']
        .map((s) => `container.${s}`)
        .sort(),
    );
    const running = layout.states.find((s) => s.id === 'container.running')!;
    const paused = layout.states.find((s) => s.id === 'container.running.paused')!;
    expect(paused.x).toBeGreaterThan(running.x);
    expect(paused.y + paused.h).toBeLessThan(running.y + running.h);
  });

  it('has an edge for every transition of the machine, labelled with its events', () => {
    const created = layout.edges.find((e) => e.id === 'container.created->container.running')!;
    expect(created.events).toEqual(['start', 'restart']);
    expect(layout.edges.find((e) => e.id === 'container.running.active->container.running.paused')?.events).toEqual([
      'pause',
    ]);
    // Every (state, event, target) of the machine appears on exactly one edge.
    const expected: string[] = [];
    const walk = (node: typeof containerMachine.root) => {
      for (const [event, list] of node.transitions)
        for (const t of list)
          for (const target of t.target ?? [])
            expected.push(`${node.id} ${event.replace('container.', '')} ${target.id}`);
      Object.values(node.states).forEach(walk);
    };
    walk(containerMachine.root);
    const drawn = layout.edges.flatMap((e) => e.events.map((ev) => `${e.source} ${ev} ${e.target}`));
    expect(drawn.sort()).toEqual(expected.sort());
  });

  it('finds the edge a state change took', () => {
    expect(edgeFor(layout, 'created', 'running', 'container.start')).toBe('container.created->container.running');
    expect(edgeFor(layout, 'running', 'exited', 'container.stop')).toBe('container.running->container.exited');
    expect(edgeFor(layout, 'running', 'paused', 'container.pause')).toBe(
      'container.running.active->container.running.paused',
    );
    expect(nodeOfStatus('paused')).toBe('container.running.paused');
  });

  it('keeps every box inside the drawing', () => {
    for (const s of layout.states) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x + s.w).toBeLessThanOrEqual(1000);
      expect(s.y + s.h).toBeLessThanOrEqual(420);
    }
  });
});
