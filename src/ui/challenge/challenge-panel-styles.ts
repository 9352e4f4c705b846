import { css } from 'lit';

/** The challenge panel's look: task, timer, goals, hint, questions, the broken-setup banner, the result. */
export const challengePanelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    overflow: auto;
    background: var(--surface);
    font-size: 0.93rem;
  }
  .top {
    padding: 0.5rem 0.8rem 0.4rem;
    border-bottom: 1px solid var(--border);
    background: var(--surface-2);
    position: sticky;
    top: 0;
    z-index: 1;
  }
  .title-row { display: flex; align-items: baseline; gap: 0.5rem; }
  .kind { color: var(--text-muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; }
  h2 { font-size: 1.05rem; margin: 0; color: var(--accent-strong); flex: 1; }
  .close {
    border: 0;
    background: none;
    font-size: 1.1rem;
    line-height: 1;
    padding: 0.2rem 0.4rem;
    color: var(--text-muted);
    border-radius: var(--radius);
  }
  .close:hover { background: var(--surface); color: var(--text); }
  .meta { display: flex; gap: 0.8rem; color: var(--text-muted); font-size: 0.85rem; margin-top: 0.2rem; }
  .timer { font-variant-numeric: tabular-nums; font-weight: 600; color: var(--text); }
  .timer[data-late='true'] { color: var(--danger); }
  .body { padding: 0.5rem 0.8rem 0.8rem; display: flex; flex-direction: column; gap: 0.6rem; }
  p { margin: 0 0 0.4rem; line-height: 1.45; }
  h3 { font-size: 0.95rem; margin: 0 0 0.25rem; }
  .box { border: 1px solid var(--border); border-radius: var(--radius); padding: 0.45rem 0.6rem; }
  .box[data-goal-met='true'] { border-color: var(--ok); background: #e7f5ea; }
  ul.goals { margin: 0; padding: 0; list-style: none; }
  ul.goals li { display: flex; gap: 0.4rem; }
  .mark { width: 1.1rem; flex: none; font-weight: 700; }
  .met .mark { color: var(--ok); }
  .unmet .mark { color: var(--text-muted); }
  .hint {
    border-left: 4px solid #b45309;
    background: var(--warn-bg);
    color: var(--warn-text);
    padding: 0.45rem 0.6rem;
    border-radius: 0 var(--radius) var(--radius) 0;
    margin-top: 0.4rem;
  }
  .row { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
  .question label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
  .question input {
    font: inherit;
    font-family: var(--font-mono);
    font-size: 0.85rem;
    border: 1px solid var(--border-strong);
    border-radius: var(--radius);
    padding: 0.3rem 0.45rem;
    min-height: 2rem;
    flex: 1;
    min-width: 8rem;
  }
  .question + .question { margin-top: 0.55rem; }
  .feedback { margin: 0.25rem 0 0; font-size: 0.85rem; }
  .feedback[data-correct='true'] { color: var(--ok); font-weight: 600; }
  .feedback[data-correct='false'] { color: var(--danger); }
  .broken {
    border: 2px solid var(--danger);
    background: var(--danger-soft);
    color: var(--text);
    border-radius: var(--radius);
    padding: 0.5rem 0.6rem;
  }
  .broken p { font-weight: 600; }
  .finished { border: 2px solid var(--ok); background: #e7f5ea; border-radius: var(--radius); padding: 0.5rem 0.6rem; }
  .finished h3 { color: var(--ok); }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 0.15rem 0.8rem; margin: 0.3rem 0 0; }
  dt { color: var(--text-muted); }
  dd { margin: 0; font-weight: 600; }
  .nav { display: flex; gap: 0.4rem; padding-top: 0.4rem; border-top: 1px solid var(--border); }
  .btn[disabled] { opacity: 0.5; cursor: not-allowed; }
`;
