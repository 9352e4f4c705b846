/** A SCORM 1.2 API stub for the tests: it records every call and answers as a simple LMS would. */

import type { Scorm12Api } from '../../src/ui/lms/scorm-api';

/** One recorded call: the function's name and its arguments. */
export type StubCall = [name: string, ...args: string[]];

/** The stub, its calls and its stored values; `refuse` names calls that answer "false" (error 101). */
export interface ScormStub extends Scorm12Api {
  calls: StubCall[];
  values: Map<string, string>;
  refuse: Set<string>;
}

/** A fresh stub; `values` pre-set elements (e.g. an earlier visit's lesson_status). */
export function scormStub(values: Record<string, string> = {}): ScormStub {
  const calls: StubCall[] = [];
  const store = new Map(Object.entries(values));
  const refuse = new Set<string>();
  let lastError = '0';
  const answer = (name: string, ok: string, ...args: string[]): string => {
    calls.push([name, ...args]);
    if (refuse.has(name)) {
      lastError = '101';
      return 'false';
    }
    lastError = '0';
    return ok;
  };
  return {
    calls,
    values: store,
    refuse,
    LMSInitialize: (a) => answer('LMSInitialize', 'true', a),
    LMSFinish: (a) => answer('LMSFinish', 'true', a),
    LMSCommit: (a) => answer('LMSCommit', 'true', a),
    LMSGetValue: (element) => {
      const result = answer('LMSGetValue', 'ok', element);
      return result === 'false' ? '' : (store.get(element) ?? '');
    },
    LMSSetValue: (element, value) => {
      const result = answer('LMSSetValue', 'true', element, value);
      if (result === 'true') store.set(element, value);
      return result;
    },
    LMSGetLastError: () => lastError,
    LMSGetErrorString: (code) => (code === '101' ? 'General exception' : ''),
    LMSGetDiagnostic: () => '',
  };
}
