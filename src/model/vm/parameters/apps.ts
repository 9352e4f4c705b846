/**
 * docs/reference/vm-container-model.md §1A/§1H: the application inside the VM or container; its start
 * time is one shared value.
 */

import { param, type Parameter } from './parameter';

/** How long the app takes to start and how much memory it holds, shared by the VM and container sides. */
export const APP_PARAMETERS: readonly Parameter[] = [
  param(
    'app_start',
    'App start (a service such as nginx becomes ready)',
    0.5,
    [0.05, 10],
    's',
    ['E', 'M'],
    '§1A: no general source, 0.5 s [E]; importing popular Python libraries adds ≈100 ms (SOCK, ATC 2018) [M]; ' +
      'same value for VM and container',
  ),
  param(
    'shell_start',
    'Shell start (fork/exec of /bin/sh)',
    1,
    [0.5, 50],
    'ms',
    ['M'],
    '§1C: "fork/exec on Linux (1ms)", Manco et al., "My VM is Lighter (and Safer) than your Container", SOSP 2017',
  ),
  param(
    'app_rss',
    'App memory (idle RSS of a service such as nginx)',
    8,
    [1, 4096],
    'MB',
    ['E'],
    '§3.6: "nginx containers at about 8 MB app" (estimate); databases hold far more, override it for them',
  ),
  param('shell_rss', 'Shell memory (idle RSS of /bin/sh)', 1, [0.1, 16], 'MB', ['E'], 'our estimate'),
];
