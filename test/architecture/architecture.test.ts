import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkArchitecture } from './check.mjs';

// The check must fail on the mistakes it exists for: a small tree of features with each mistake, checked by the
// same code as `pnpm test` runs on the real packages.

const root = mkdtempSync(join(tmpdir(), 'sona-architecture-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const base = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  writeFileSync(
    join(base, 'tsconfig.json'),
    '{"compilerOptions":{"module":"esnext","moduleResolution":"bundler"}}',
  );
  return base;
}

const check = (cwd: string) => checkArchitecture({ cwd, react: 'react', core: 'core' });

describe('architecture check', () => {
  test('passes a tree where features meet only through their index.ts and lazy.tsx', async () => {
    const cwd = tree('clean', {
      'core/index.ts': 'export const limit = 10;\n',
      'react/index.ts': "export { Picker } from './jobs';\nexport { LazyEditor } from './jobs/lazy';\n",
      'react/ui/index.ts': "export { Button } from './Button';\n",
      'react/ui/Button.ts': 'export const Button = () => null;\n',
      'react/jobs/index.ts': "export { Picker } from './picker/Picker';\n",
      'react/jobs/lazy.tsx': "export const LazyEditor = () => import('./editor/Editor');\n",
      'react/jobs/picker/Picker.ts': "import { Button } from '../../ui';\nexport const Picker = Button;\n",
      'react/jobs/editor/Editor.ts':
        "import { Picker } from '../picker/Picker';\nexport const Editor = Picker;\n",
    });
    const result = await check(cwd);
    expect(result.violations).toEqual([]);
    expect(result.featureCycles).toEqual([]);
  });

  test("fails on an import of another feature's internals, naming both files", async () => {
    const cwd = tree('internals', {
      'core/index.ts': 'export const limit = 10;\n',
      'react/ui/index.ts': "export { Button } from './Button';\n",
      'react/ui/Button.ts': 'export const Button = () => null;\n',
      'react/ui/internal/icons.ts': 'export const Icon = () => null;\n',
      'react/jobs/index.ts': "export { Picker } from './Picker';\n",
      'react/jobs/Picker.ts': "import { Icon } from '../ui/internal/icons';\nexport const Picker = Icon;\n",
    });
    const { violations } = await check(cwd);
    expect(violations).toEqual([
      expect.objectContaining({
        rule: 'feature-internals',
        from: 'react/jobs/Picker.ts',
        to: 'react/ui/internal/icons.ts',
      }),
    ]);
  });

  test('fails on a module cycle closed by a dynamic import, and on features that use each other', async () => {
    const cwd = tree('cycles', {
      'core/index.ts': 'export const limit = 10;\n',
      // jobs/lazy loads the section on demand, and the section imports jobs/lazy back: a cycle through import().
      'react/jobs/index.ts': "export { Section } from './Section';\n",
      'react/jobs/lazy.tsx': "export const LazySection = () => import('./Section');\n",
      'react/jobs/Section.ts': "import { LazySection } from './lazy';\nexport const Section = LazySection;\n",
      // ui uses jobs and jobs uses ui, each through the other's index: no forbidden import, but a feature cycle.
      'react/ui/index.ts': "import { Section } from '../jobs';\nexport const Button = Section;\n",
      'react/jobs/usesUi.ts': "import { Button } from '../ui';\nexport const Both = Button;\n",
    });
    const result = await check(cwd);
    expect(result.violations.map((violation) => violation.rule)).toContain('no-cycle');
    expect(result.featureCycles).toEqual([['jobs', 'ui']]);
  });

  test('fails when the core imports the React package', async () => {
    const cwd = tree('core-react', {
      'core/index.ts': "import { Button } from '../react/ui';\nexport const limit = Button;\n",
      'react/ui/index.ts': 'export const Button = () => null;\n',
    });
    const { violations } = await check(cwd);
    expect(violations.map((violation) => violation.rule)).toEqual(['core-without-react-package']);
  });
});
