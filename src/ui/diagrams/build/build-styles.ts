/** Styles of the build view: the steps as a column of layers, the image's layers, the cache table. */

import { css } from 'lit';

/** The build view's own styles. */
export const buildStyles = css`
  :host { display: flex; flex-direction: column; min-height: 0; }
  .canvas { flex: 1; min-height: 0; overflow: auto; padding: 0.5rem 0.75rem 1rem; }
  .canvas:focus-visible { outline: 3px solid var(--accent-strong); outline-offset: -3px; }
  h3 { margin: 0.2rem 0; font-size: 0.95rem; }
  h3 .host, .tag { font-size: 0.8rem; color: var(--text-muted); margin-left: 0.4rem; }
  h4 { margin: 0.8rem 0 0.3rem; font-size: 0.9rem; }
  .summary { margin: 0.1rem 0 0.5rem; color: var(--text-muted); font-size: 0.85rem; }
  ol.steps { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
  li.step {
    display: grid;
    grid-template-columns: 4.5rem minmax(0, 1fr) auto auto;
    gap: 0.2rem 0.7rem;
    align-items: baseline;
    padding: 0.35rem 0.6rem;
    border: 1.5px solid var(--border-strong);
    border-radius: 6px;
    background: var(--surface);
    font-size: 0.85rem;
  }
  li.step.cached { background: var(--surface-2); border-style: dashed; }
  li.step.ran { border-color: var(--accent); }
  li.step.invalidated { border-color: var(--danger); border-width: 2px; background: #fff5f3; }
  .index { font-family: var(--font-mono); color: var(--text-muted); font-size: 0.78rem; }
  .instruction { font-family: var(--font-mono); overflow-wrap: anywhere; }
  .state { font-family: var(--font-mono); font-weight: 700; font-size: 0.78rem; }
  li.step.cached .state { color: var(--ok); }
  li.step.ran .state { color: var(--accent-strong); }
  li.step.invalidated .state { color: var(--danger); }
  .layer { font-family: var(--font-mono); font-size: 0.78rem; color: var(--text-muted); white-space: nowrap; }
  .because { grid-column: 2 / -1; margin: 0; font-size: 0.8rem; color: var(--text); }
  ol.layers {
    list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 2px; max-width: 28rem;
  }
  ol.layers li {
    padding: 0.2rem 0.6rem;
    border-radius: 4px;
    font-size: 0.8rem;
    background: #e9eef2;
    border: 1px solid var(--border);
  }
  ol.layers li.built { background: #ece8fa; border-color: #5b4aa8; }
  ol.layers .tagline { color: #5b4aa8; margin-left: 0.5rem; }
  .failed { color: var(--danger); }
  table.cache { border-collapse: collapse; margin-top: 1rem; font-size: 0.8rem; width: 100%; }
  table.cache caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
  table.cache th, table.cache td { border-bottom: 1px solid var(--border); padding: 0.2rem 0.5rem; text-align: left; }
  table.cache td code { overflow-wrap: anywhere; }
  table.cache tr.unused td { color: var(--text-muted); font-style: italic; }
  table.cache tr.new td:last-child { color: var(--accent-strong); font-weight: 600; }
  table.cache tr.reused td:last-child { color: var(--ok); font-weight: 600; }
`;
