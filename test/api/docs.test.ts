import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type PublicApi, readPublicApi, undocumented } from './publicApi.mjs';
import { describeChanges, renderReport } from './report.mjs';

// The doc-comment rule of docs/api.md: every name the packages' entry points export, and every prop of their
// components and `…Props` types, has a doc comment (what it is for, how a host uses it), shown on hover.

// Reading the packages takes a few seconds on a busy machine.
const SLOW = 60_000;

let api: PublicApi[];
beforeAll(() => {
  api = readPublicApi();
}, SLOW);

const fixtureRoot = mkdtempSync(join(tmpdir(), 'sona-api-'));
afterAll(() => rmSync(fixtureRoot, { recursive: true, force: true }));

function fixture(files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(fixtureRoot, path)), { recursive: true });
    writeFileSync(join(fixtureRoot, path), text);
  }
  return fixtureRoot;
}

describe('public API documentation', () => {
  test('every public export, and every prop of a public component or Props type, has a doc comment', () => {
    const missing = undocumented(api);
    expect(
      missing,
      `${missing.length} public names have no doc comment. Add a /** … */ comment above each (what it is for and ` +
        'how a host uses it: defaults, units, when it is called), then run `pnpm run api:report`:\n  ' +
        missing.join('\n  '),
    ).toEqual([]);
  });

  test('reads every entry point of both packages, the lazily exported components with their props', () => {
    const specifiers = api.flatMap((pkg) => pkg.entries.map((entry) => entry.specifier));
    expect(specifiers).toEqual(
      expect.arrayContaining([
        '@sona-designer/core',
        '@sona-designer/core/io',
        '@sona-designer/core/simulator',
        '@sona-designer/react',
        '@sona-designer/react/locales/fr',
      ]),
    );
    const react = api
      .find((pkg) => pkg.id === 'react')
      ?.entries.find((e) => e.specifier === '@sona-designer/react');
    const propsOf = (name: string) =>
      react?.exports.find((item) => item.name === name)?.props?.map((p) => p.name);
    // Exported as `LazyJobEditor as JobEditor`: a lazy wrapper whose props are the editor's.
    expect(propsOf('JobEditor')).toEqual(expect.arrayContaining(['open', 'onOpenChange']));
    expect(propsOf('JobLibrary')).toEqual(expect.arrayContaining(['className']));
    expect(propsOf('CallFlowDesigner')).toEqual(expect.arrayContaining(['flowId', 'adapter']));
  });

  test('the advanced store surface is tagged, and the report shows the tag', () => {
    const react = api.find((pkg) => pkg.id === 'react');
    const main = react?.entries.find((entry) => entry.specifier === '@sona-designer/react');
    for (const name of [
      'useFlow',
      'useFlowStoreApi',
      'FlowStore',
      'FlowStoreState',
      'FlowState',
      'FlowActions',
      'SaveState',
      'Announcement',
    ]) {
      const item = main?.exports.find((candidate) => candidate.name === name);
      expect(item?.tags, name).toContain('advanced');
    }
    expect(renderReport(react as PublicApi)).toMatch(/\/\*\* @advanced \*\/\nfunction useFlow</);
  });

  test(
    'names the undocumented exports and props of a package, renamed and lazy ones included',
    () => {
      const root = fixture({
        'tsconfig.json': '{"compilerOptions":{"module":"esnext","moduleResolution":"bundler","strict":true}}',
        'pkg/package.json': JSON.stringify({
          name: 'fixture',
          exports: { '.': { '@sona-designer/source': './src/index.ts', import: './dist/index.js' } },
        }),
        'pkg/src/index.ts': [
          '/** Documented. */',
          'export function documented(): void {}',
          'export const bare = 1;',
          "export { Inner as Renamed } from './inner';",
          '/** A button. */',
          'export function Button(props: ButtonProps): null { return props && null; }',
          '/** The props of `Button`. */',
          'export interface ButtonProps {',
          '  /** Its text. */',
          '  label: string;',
          '  size: number;',
          '}',
          'type Wrapped<P> = ((props: P) => null) & { preload(): Promise<void> };',
          'declare function wrap<P>(): Wrapped<P>;',
          '/** Loaded on demand. */',
          'export const Lazy = wrap<{ open: boolean }>();',
          '',
        ].join('\n'),
        'pkg/src/inner.ts': 'export const Inner = 2;\n',
      });
      const missing = undocumented(readPublicApi({ root, packages: [{ id: 'fixture', dir: 'pkg' }] }));
      expect(missing.map((line) => line.replace(/ \(.*\)$/, ''))).toEqual([
        'fixture: Button.size',
        'fixture: Lazy.open',
        'fixture: Renamed',
        'fixture: bare',
      ]);
    },
    SLOW,
  );

  test('the report check names what changed', () => {
    const before =
      '## `pkg`\n\n### `a` (const)\n\n```ts\nconst a: 1;\n```\n\n### `b` (const)\n\n```ts\nconst b: 2;\n```\n';
    const after =
      '## `pkg`\n\n### `a` (const)\n\n```ts\nconst a: 3;\n```\n\n### `c` (const)\n\n```ts\nconst c: 2;\n```\n';
    expect(describeChanges(before, after)).toEqual([
      '  ~ changed  pkg › a',
      '      - const a: 1;',
      '      + const a: 3;',
      '  + added    pkg › c',
      '  - removed  pkg › b',
    ]);
  });
});
