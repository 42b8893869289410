// The architecture's rules, for dependency-cruiser. A function of the source folders so that the test can check
// the same rules on a small tree of its own.

/** Escapes a folder path for a regular expression. */
const escapeRegExp = (path) => path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Forbidden dependencies:
 * - no cycles between modules, whether the import is static, dynamic (`import()`) or type-only;
 * - a feature (a folder under `react`) reaches another feature only through its public entries: `index.ts` (its
 *   public names) and `lazy.tsx` (its surfaces loaded on demand), or a locale catalogue the package exports on its
 *   own; the root entry too;
 * - no production module of the React package imports the test fixtures;
 * - the core never imports the React package.
 */
export function architectureRules({ react, core }) {
  const r = escapeRegExp(react);
  // A feature's public entries; the locale catalogues are entry points of the package itself (`/locales/fr`).
  const entry = `^${r}/([^/]+/(index\\.ts|lazy\\.tsx)|i18n/locales/[^/]+\\.ts)$`;
  return [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Modules import each other in a loop (static, dynamic or type-only imports): break it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'feature-internals',
      severity: 'error',
      comment:
        "A feature reaches another feature only through that feature's index.ts (its public names) or lazy.tsx (its on-demand surfaces).",
      from: { path: `^${r}/([^/]+)/`, pathNot: `^${r}/test/` },
      to: { path: `^${r}/[^/]+/`, pathNot: [`^${r}/$1/`, `^${r}/test/`, entry] },
    },
    {
      name: 'root-entry',
      severity: 'error',
      comment: "The package's entry exports features through their index.ts or lazy.tsx only.",
      from: { path: `^${r}/[^/]+\\.tsx?$` },
      to: { path: `^${r}/[^/]+/`, pathNot: [entry, `^${r}/test/`] },
    },
    {
      name: 'no-fixtures-in-production',
      severity: 'error',
      comment: 'Test fixtures are for tests and stories only.',
      from: { path: `^${r}/`, pathNot: [`^${r}/test/`, '\\.(test|stories)\\.tsx?$'] },
      to: { path: `^${r}/test/` },
    },
    {
      name: 'core-without-react-package',
      severity: 'error',
      comment: 'The core runs without React: it never imports the React package.',
      from: { path: `^${escapeRegExp(core)}/` },
      to: { path: `^${r}/` },
    },
  ];
}
