/** The views, their labels and their lazily loaded modules (each view is its own chunk). */

import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg } from '@lit/localize';
import type { ViewId } from '../common/prefs';
import type { Session } from '../session/session';

/** The tab label of a view. */
export function viewLabel(view: ViewId): string {
  switch (view) {
    case 'architecture':
      return msg('Architecture', { id: 'view.architecture' });
    case 'api':
      return msg('API log', { id: 'view.api' });
    case 'layers':
      return msg('Images & layers', { id: 'view.layers' });
    case 'lifecycle':
      return msg('Container lifecycle', { id: 'view.lifecycle' });
    case 'resources':
      return msg('Volumes & networks', { id: 'view.resources' });
    case 'compare':
      return msg('VMs vs containers', { id: 'view.compare' });
    case 'build':
      return msg('Build', { id: 'view.build' });
    case 'files':
      return msg('Files', { id: 'view.files' });
  }
}

const loaders: Record<ViewId, () => Promise<unknown>> = {
  architecture: () => import('../diagrams/architecture/architecture-view'),
  api: () => import('../diagrams/api-log/api-log-view'),
  layers: () => import('../diagrams/layers/layers-view'),
  lifecycle: () => import('../diagrams/lifecycle/lifecycle-view'),
  resources: () => import('../diagrams/resources/resources-view'),
  compare: () => import('../diagrams/compare/compare-view'),
  build: () => import('../diagrams/build/build-view'),
  files: () => import('../editor/files-view'),
};

const loaded = new Map<ViewId, Promise<unknown>>();

/** Loads a view's module once; resolves when its element is defined. */
export function loadView(view: ViewId): Promise<unknown> {
  let p = loaded.get(view);
  if (!p) {
    p = loaders[view]();
    loaded.set(view, p);
  }
  return p;
}

/**
 * The element of a view over `session` (its module loaded with `loadView`). `compareKey` remounts
 * the comparison when its settings change; `onTypeCommand` receives the layers catalog's commands.
 */
export function viewElement(
  view: ViewId,
  session: Session,
  compareKey: unknown,
  onTypeCommand?: (e: CustomEvent<{ line: string }>) => void,
): unknown {
  switch (view) {
    case 'architecture':
      return html`<sim-architecture-view .session=${session}></sim-architecture-view>`;
    case 'api':
      return html`<sim-api-log-view .session=${session}></sim-api-log-view>`;
    case 'layers':
      return html`<sim-layers-view .session=${session} @sim-type-command=${onTypeCommand}></sim-layers-view>`;
    case 'lifecycle':
      return html`<sim-lifecycle-view .session=${session}></sim-lifecycle-view>`;
    case 'resources':
      return html`<sim-resources-view .session=${session}></sim-resources-view>`;
    case 'compare':
      return keyed(compareKey, html`<sim-compare-view></sim-compare-view>`);
    case 'build':
      return html`<sim-build-view .session=${session}></sim-build-view>`;
    case 'files':
      return html`<sim-files-view .session=${session}></sim-files-view>`;
  }
}
