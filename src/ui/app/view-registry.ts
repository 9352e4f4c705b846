/** The views, their labels and their lazily loaded modules (each view is its own chunk). */

import { msg } from '@lit/localize';
import type { ViewId } from './prefs';

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
  }
}

const loaders: Record<ViewId, () => Promise<unknown>> = {
  architecture: () => import('../diagrams/architecture/architecture-view'),
  api: () => import('../diagrams/api-log/api-log-view'),
  layers: () => import('../diagrams/layers/layers-view'),
  lifecycle: () => import('../diagrams/lifecycle/lifecycle-view'),
  resources: () => import('../diagrams/resources/resources-view'),
  compare: () => import('../diagrams/compare/compare-view'),
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
