// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../../src/ui/authoring/sim-scenario-errors';
import type { SimScenarioErrors } from '../../src/ui/authoring/sim-scenario-errors';
import { SCENARIO_LOAD, SCENARIO_LOAD_FAILED, emit } from '../../src/ui/authoring/authoring-events';
import { loadScenarioText } from '../../src/ui/authoring/scenario-source';

const HOSTILE = `schema: pelabuhan-scenario/1
id: "<img src=x onerror=alert(1)>"
`;

async function mount(): Promise<SimScenarioErrors> {
  const el = document.createElement('sim-scenario-errors');
  document.body.replaceChildren(el);
  await el.updateComplete;
  return el;
}

describe('<sim-scenario-errors>', () => {
  it(
    'shows a failed file from the window event, its lines ' + 'as text (never HTML), and hides on a load or Dismiss',
    async () => {
      const el = await mount();
      expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
      const out = loadScenarioText(HOSTILE, '<b>evil</b>.yaml');
      if (out.ok) throw new Error('the hostile scenario loaded, but it is meant to fail');
      emit(document.body, SCENARIO_LOAD_FAILED, { failure: out.failure });
      await el.updateComplete;
      const root = el.shadowRoot!;
      const alert = root.querySelector('[role="alert"]')!;
      expect(alert).not.toBeNull();
      expect(root.querySelectorAll('img, b')).toHaveLength(0);
      expect(root.querySelector('.file')!.textContent).toBe('<b>evil</b>.yaml');
      const idError =
        out.failure.problem.kind === 'invalid' ? out.failure.problem.errors.find((e) => e.path === 'id')! : undefined;
      expect(idError).toBeDefined();
      const items = [...root.querySelectorAll('li')];
      const item = items.find((li) => li.querySelector('.where')!.textContent!.includes('— id:'))!;
      expect(item.querySelector('.where')!.textContent).toBe(
        `line 2, column ${idError!.column} — id: ${idError!.message}`,
      );
      expect(item.querySelector('pre')!.textContent).toBe(
        `2 │ id: "<img src=x onerror=alert(1)>"\n  │ ${' '.repeat(idError!.column - 1)}^`,
      );

      emit(document.body, SCENARIO_LOAD, {});
      await el.updateComplete;
      expect(root.querySelector('[role="alert"]')).toBeNull();

      el.show({ sharedLog: 'malformed' });
      await el.updateComplete;
      expect(root.querySelector('h2')!.textContent).toBe('Could not replay the shared link');
      (root.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(root.querySelector('[role="alert"]')).toBeNull();
    },
  );

  it('says plainly why a file was not read', async () => {
    const el = await mount();
    el.show({ failure: { fileName: 'big.json', problem: { kind: 'too-big', bytes: 3 * 1024 * 1024 } } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).toBe(
      'The file is 3.0 MB; a scenario file may be at most 1.0 MB. It was not read.',
    );
    el.show({ failure: { fileName: 'x.json', problem: { kind: 'http', status: 404 } } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).toContain('404');
    expect(el.shadowRoot!.querySelector('ol')).toBeNull();
  });
});
