import { css } from 'lit';

/** The lesson player's look: its step, goals, predict-then-reveal and tools. */
export const lessonPlayerStyles = css`
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
    h2 { font-size: 1.05rem; margin: 0; color: var(--accent-strong); flex: 1; }
    .count { color: var(--text-muted); font-size: 0.85rem; white-space: nowrap; }
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
    ol.steps { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0.4rem 0 0; padding: 0; }
    ol.steps button {
      min-width: 1.9rem;
      height: 1.9rem;
      border-radius: 999px;
      border: 1px solid var(--border-strong);
      background: var(--surface);
      font: inherit;
      font-size: 0.8rem;
      padding: 0 0.4rem;
    }
    ol.steps button[aria-current='step'] {
      background: var(--accent);
      border-color: var(--accent);
      color: #fff;
      font-weight: 600;
    }
    ol.steps button.done { border-color: var(--ok); }
    .body { padding: 0.5rem 0.8rem 0.8rem; display: flex; flex-direction: column; gap: 0.55rem; }
    h3 { font-size: 1rem; margin: 0; }
    p { margin: 0 0 0.4rem; line-height: 1.45; }
    .commands {
      background: #1b2228;
      color: #e6edf3;
      border-radius: var(--radius);
      padding: 0.45rem 0.6rem;
      margin: 0;
      font-family: var(--mono, ui-monospace, monospace);
      font-size: 0.85rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .commands span::before { content: '$ '; color: #8fb3bd; }
    .row { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
    .hint-text { color: var(--text-muted); font-size: 0.85rem; }
    .predict {
      border-left: 4px solid #b45309;
      background: var(--warn-bg);
      color: var(--warn-text);
      padding: 0.45rem 0.6rem;
      border-radius: 0 var(--radius) var(--radius) 0;
    }
    .predict p { margin: 0 0 0.4rem; font-weight: 600; }
    .after { border-left: 4px solid var(--accent); padding-left: 0.6rem; }
    .goal { border: 1px solid var(--border); border-radius: var(--radius); padding: 0.4rem 0.6rem; }
    .goal[data-goal-met='true'] { border-color: var(--ok); background: #e7f5ea; }
    .goal h4 { margin: 0 0 0.25rem; font-size: 0.9rem; }
    .goal ul { margin: 0; padding-left: 0; list-style: none; }
    .goal li { display: flex; gap: 0.4rem; }
    .mark { width: 1.1rem; flex: none; font-weight: 700; }
    .met .mark { color: var(--ok); }
    .unmet .mark { color: var(--text-muted); }
    .goal .status { margin: 0.3rem 0 0; font-weight: 600; color: var(--ok); }
    .hints ol { margin: 0.3rem 0 0; padding-left: 1.2rem; }
    .hints li { margin-bottom: 0.2rem; }
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: center;
      padding-top: 0.4rem;
      border-top: 1px solid var(--border);
    }
    .nav .spacer { flex: 1; }
    .btn[disabled] { opacity: 0.5; cursor: not-allowed; }
    .btn.next-ready { font-weight: 700; }
    select {
      font: inherit;
      font-size: 0.85rem;
      border: 1px solid var(--border-strong);
      border-radius: var(--radius);
      background: var(--surface);
      min-height: 2rem;
    }
    label.field {
      display: inline-flex;
      gap: 0.3rem;
      align-items: center;
      color: var(--text-muted);
      font-size: 0.85rem;
    }
    kbd {
      font-size: 0.8em;
      border: 1px solid var(--border-strong);
      border-radius: 3px;
      padding: 0 0.25em;
      background: var(--surface-2);
    }
    .tools ::slotted(*) { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
    .keys { color: var(--text-muted); font-size: 0.8rem; margin: 0; }
`;
