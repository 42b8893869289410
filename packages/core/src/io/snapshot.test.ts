import { describe, expect, it } from 'vitest';
import { exportWorkspace } from './export';
import { parseImportDocument } from './import';
import { MAX_DOCUMENT_DEPTH, plainSnapshot } from './snapshot';
import { richWorkspace } from './workspace.fixture';

describe('plainSnapshot', () => {
  it('copies plain data exactly, sharing nothing with the input', () => {
    const input = { a: [1, 'two', null, true, { b: [] }], c: { d: 'é' } };
    const result = plainSnapshot(input);
    expect(result.ok && JSON.stringify(result.value)).toBe(JSON.stringify(input));
    if (!result.ok) throw new Error('copied');
    (input.a[4] as { b: unknown[] }).b.push(1);
    expect(JSON.stringify(result.value)).toContain('"b":[]');
  });

  it('reads each property once, so a getter cannot show validation one value and the write another', () => {
    let reads = 0;
    const document = exportWorkspace(richWorkspace()) as unknown as Record<string, unknown>;
    const jobs = document.jobs;
    Object.defineProperty(document, 'jobs', {
      enumerable: true,
      get() {
        reads += 1;
        return reads === 1 ? jobs : [0];
      },
    });
    const parsed = parseImportDocument(document);
    expect(reads).toBe(1);
    expect(parsed.ok).toBe(true);
  });

  it('refuses a nesting deeper than any export, without overflowing the stack, with the path', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 1_000_000; level++) deep = [deep];
    const result = plainSnapshot({ jobs: deep });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.path).toBe('$.jobs[0][0][0][0][0]');
    expect(result.problem.message).toContain(`${MAX_DOCUMENT_DEPTH} levels`);
  });

  it('refuses a value that contains itself', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    expect(plainSnapshot({ jobs: [loop] }).ok).toBe(false);
  });

  it('refuses what JSON cannot hold, naming where', () => {
    const cases: [unknown, string][] = [
      [{ jobs: [{ at: new Date(0) }] }, '$.jobs[0].at'],
      [{ jobs: [() => 1] }, '$.jobs[0]'],
      [{ jobs: [Number.NaN] }, '$.jobs[0]'],
      [{ jobs: new Map() }, '$.jobs'],
      [{ 'odd key': 1n }, '$["odd key"]'],
    ];
    for (const [input, path] of cases) {
      const result = plainSnapshot(input);
      expect(result.ok ? 'accepted' : result.problem.path).toBe(path);
    }
  });

  it('refuses a sparse list of ten million items without walking it', () => {
    const started = performance.now();
    const result = plainSnapshot({ jobs: new Array(10_000_000) });
    expect(result.ok ? 'accepted' : result.problem.path).toBe('$.jobs');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps a "__proto__" key as data and pollutes nothing', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}');
    const result = plainSnapshot(input);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
