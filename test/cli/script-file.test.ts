import { describe, expect, it } from 'vitest';
import { parseScripts } from '../../src/model/transcript/script-format';
import { renderScripts } from '../../tools/sim';

const SCRIPT = `### F01 A file, then the shell reads it
#file app/Dockerfile
FROM alpine

  RUN echo hi
#end
cat app/Dockerfile
ls app
`;

describe('#file blocks in the scripts format', () => {
  it('keeps the lines as typed (blank and indented ones too) up to #end', () => {
    const { scripts, errors } = parseScripts(SCRIPT);
    expect(errors).toEqual([]);
    expect(scripts[0].steps[0]).toEqual({
      kind: 'file',
      path: 'app/Dockerfile',
      content: 'FROM alpine\n\n  RUN echo hi\n',
    });
    expect(parseScripts('### X x\n#file a\nb\n').errors).toEqual([{ line: 2, message: '#file a has no #end line' }]);
    expect(parseScripts('### X x\n#file\n#end\n').errors[0].message).toMatch(/^#file needs one path/);
  });

  it('writes the file before the next command; the transcript shows it as a here-document', () => {
    const { output, errors } = renderScripts(SCRIPT);
    expect(errors).toEqual([]);
    expect(output).toBe(
      '#### F01 A file, then the shell reads it\n\n```console\n' +
        "$ cat > app/Dockerfile <<'EOF'\nFROM alpine\n\n  RUN echo hi\nEOF\n" +
        '$ cat app/Dockerfile\nFROM alpine\n\n  RUN echo hi\n$ ls app\nDockerfile\n```\n',
    );
  });
});
