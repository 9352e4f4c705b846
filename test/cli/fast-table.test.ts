/**
 * The fast path of the list commands prints exactly what docker's template engine and tabwriter
 * print: generated containers (odd names, wide and combining characters, ports, labels) through the
 * default table and simple custom formats, both ways.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRows } from '../../src/model/cli/format/template';
import { writeList } from '../../src/model/cli/commands/common/write-list';
import { Output } from '../../src/model/cli/docker/output';
import {
  CONTAINER_HEADER,
  CONTAINER_TYPE,
  DEFAULT_CONTAINER_TABLE,
  containerFields,
  containerRow,
  type ContainerSummary,
} from '../../src/model/cli/commands/rows/container-row';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const text = fc.string({
  unit: fc.constantFrom('a', 'Z', '0', ' ', '-', '…', '日', 'é', 'e\u0301', '"', '\\', '🐳', '\t', '\n', '\u0001'),
  maxLength: 30,
});

const container: fc.Arbitrary<ContainerSummary> = fc.record({
  Id: fc.stringMatching(/^[0-9a-f]{64}$/),
  Names: fc.array(
    text.map((t) => `/${t}`),
    { minLength: 1, maxLength: 2 },
  ),
  Image: fc.constantFrom('nginx', 'alpine:3.20', 'docker.io/library/redis', 'ghcr.io/x/y:1', 'sha256:abc', ''),
  ImageID: fc.constant('sha256:e1c8d9cae0b90e7e57c11a453100124a51c10d6f58fe54999675258d5071c5fd'),
  Command: text,
  Created: fc.integer({ min: 0, max: NOW / 1000 }),
  Ports: fc.array(
    fc.record({
      IP: fc.constantFrom(undefined, '0.0.0.0', '::', '127.0.0.1'),
      PrivatePort: fc.integer({ min: 1, max: 65535 }),
      PublicPort: fc.integer({ min: 1, max: 65535 }),
      Type: fc.constantFrom('tcp', 'udp'),
    }),
    { maxLength: 3 },
  ),
  Labels: fc.dictionary(fc.constantFrom('a', 'b', 'com.x'), text, { maxKeys: 2 }),
  State: fc.constantFrom('running', 'exited', 'created', 'paused'),
  Status: text,
  SizeRw: fc.integer({ min: 0, max: 1e12 }),
  SizeRootFs: fc.integer({ min: 0, max: 1e12 }),
});

const FORMATS = [
  DEFAULT_CONTAINER_TABLE,
  `${DEFAULT_CONTAINER_TABLE}\t{{.Size}}`,
  '{{.ID}}',
  'table {{.Names}}\\t{{.Ports}}',
  '{{.Names}}: {{.Status}} ({{.Image}})',
  'table {{.Labels}}|{{.State}}\t{{.CreatedAt}}',
  'table {{ .Names }}',
];

describe('the fast list path', () => {
  it('prints what the template engine and the tabwriter print', () => {
    fc.assert(
      fc.property(
        fc.array(container, { maxLength: 6 }),
        fc.constantFrom(...FORMATS),
        fc.boolean(),
        (containers, format, trunc) => {
          const fields = containerFields(trunc, NOW);
          const out = new Output(() => NOW);
          writeList(out, containers, {
            format,
            header: CONTAINER_HEADER,
            typeName: CONTAINER_TYPE,
            row: (c) => containerRow(c, trunc, NOW, fields),
            fields,
          });
          const slow = formatRows(
            format,
            containers.map((c) => containerRow(c, trunc, NOW)),
            CONTAINER_HEADER,
            { typeName: CONTAINER_TYPE },
          );
          expect(slow.ok && out.chunks.map((c) => c.text).join('')).toBe(slow.ok && slow.output);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
