/**
 * A compose file's problems for the editor: the same words `docker compose` prints for it
 * (test/cli/compose.test.ts checks those through the command), each at the line it is about.
 */

import { describe, expect, it } from 'vitest';
import { composeFileProblems, isComposeFileName } from '../../src/model/cli/compose/compose-problems';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { hostLocalFiles } from '../../src/model/cli/client/host-local-files';
import { recordText } from '../../src/model/cli/shell/command-record';

const MONGO = 'services:\n  mongodb:\n    image: mongo\n  mongo-express:\n    image: mongo-express\n';

describe('composeFileProblems', () => {
  it.each([
    ["a YAML fault at go-yaml's line", 'services:\n  web:\n    image: nginx: latest\n', 3],
    ['an unknown property at its key', `${MONGO}    imagee: x\n`, 6],
    ['a wrong type at its key', 'services:\n  web:\n    image: nginx\n\n    ports: 8080\n', 5],
    ['an unknown top-level key', `${MONGO}volume:\n  data:\n`, 6],
    [
      'a long-form volume without its type, at the item',
      'services:\n  w:\n    image: a\n    volumes:\n      - source: x\n',
      5,
    ],
    [
      'a depends_on condition compose does not know',
      'services:\n  w:\n    image: a\n    depends_on:\n      db:\n        condition: up\n',
      6,
    ],
    ['a duplicate key, at the second', 'services:\n  w:\n    image: a\n    image: b\n', 4],
    ['a top level that is not a mapping', '- a\n- b\n', 1],
  ])('%s, in the words docker compose prints', (_what, text, line) => {
    const problems = composeFileProblems(text, 'compose.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ startLine: line, endLine: line });
    // The words are the command's: the same file through `docker compose config` prints them.
    const world = createWorld({ seed: 1 });
    hostLocalFiles(world).write('/home/user/compose.yaml', text);
    const printed = recordText(createShell({ world }).run('docker compose config'));
    expect(printed).toBe(`${problems[0].message}\n`);
  });

  it('finds nothing in a good file, a blank one, or the schema of a YAML file not named as compose', () => {
    expect(composeFileProblems(MONGO, 'compose.yaml')).toEqual([]);
    expect(composeFileProblems('  \n', 'compose.yaml')).toEqual([]);
    expect(composeFileProblems('imagee: x\n', 'app/config.yaml')).toEqual([]);
    expect(composeFileProblems('a: b: c\n', 'app/config.yaml')).toMatchObject([{ startLine: 1 }]);
    expect(composeFileProblems(`${MONGO}    imagee: x\n`, 'app/docker-compose.yml')[0].message).toBe(
      'validating /home/user/app/docker-compose.yml: services.mongo-express Additional property imagee is not allowed',
    );
    expect(
      ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'a/compose.override.yml'].map(isComposeFileName),
    ).toEqual([true, true, true, true]);
    expect(isComposeFileName('values.yaml')).toBe(false);
  });
});
