/** Styles the diagram views share: toolbar, legend, empty state. */

import { css } from 'lit';

/** Toolbar, legend swatches and the empty-state text of a view. */
export const diagramStyles = css`
  .toolbar {
    display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.9rem; padding: 0.35rem 0.75rem;
    border-bottom: 1px solid var(--border); font-size: 0.82rem; color: var(--text-muted); background: var(--surface);
  }
  .toolbar .spacer { flex: 1; }
  .toolbar .btn { min-height: 1.75rem; padding: 0.1rem 0.55rem; font-size: 0.82rem; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.2rem 0.6rem; margin: 0; padding: 0; list-style: none; }
  .legend li { display: inline-flex; align-items: center; gap: 0.3rem; }
  .swatch {
    width: 0.85rem;
    height: 0.85rem;
    border-radius: 2px;
    display: inline-block;
    border: 1px solid rgb(0 0 0 / 0.2);
  }
  .empty { margin: 1rem; color: var(--text-muted); max-width: 40rem; }
  svg { display: block; font-family: var(--font-ui); }
`;
