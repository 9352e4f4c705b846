/** The three networks every daemon starts with: bridge, host and none (driver `null`). */

import type { NetworkRecord } from '../state';

/** Creates bridge, host and none, in that order, with IDs from `newId`. */
export function createPredefinedNetworks(newId: () => string, nowMs: number): NetworkRecord[] {
  const base = { scope: 'local', created: nowMs, internal: false, attachable: false, labels: {}, predefined: true };
  return [
    {
      ...base,
      addresses: {},
      id: newId(),
      name: 'bridge',
      driver: 'bridge',
      subnet: '172.17.0.0/16',
      gateway: '172.17.0.1',
      options: {
        'com.docker.network.bridge.default_bridge': 'true',
        'com.docker.network.bridge.enable_icc': 'true',
        'com.docker.network.bridge.enable_ip_masquerade': 'true',
        'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
        'com.docker.network.bridge.name': 'docker0',
        'com.docker.network.driver.mtu': '1500',
      },
    },
    { ...base, addresses: {}, id: newId(), name: 'host', driver: 'host', subnet: '', gateway: '', options: {} },
    { ...base, addresses: {}, id: newId(), name: 'none', driver: 'null', subnet: '', gateway: '', options: {} },
  ];
}
