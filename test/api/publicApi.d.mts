/** The repository's root folder. */
export const ROOT: string;

/** A package whose public API is read: `id` names its report (`api/<id>.api.md`), `dir` is its folder. */
export interface ApiPackage {
  id: string;
  dir: string;
}

/** The published packages. */
export const PACKAGES: ApiPackage[];

/** One property of a component's props type, or of an exported `…Props` type. */
export interface ApiProp {
  name: string;
  documented: boolean;
  /** `file:line` of its declaration, relative to the root. */
  where: string;
}

/** One exported name of an entry point. */
export interface ApiExport {
  name: string;
  /** `function`, `const`, `class`, `interface`, `type`, … (joined with ` + ` when a name is both). */
  kind: string;
  documented: boolean;
  /** Its doc comment's text (tags aside). */
  doc: string;
  /** Stability tags of its doc comment: `advanced`, `beta`, `deprecated`, `internal`, … */
  tags: string[];
  /** The declaration as the API report shows it. */
  declaration: string;
  /** `file:line` of its declaration, relative to the root. */
  where: string;
  /** For components and `…Props` types: each prop the packages declare. */
  props: ApiProp[] | undefined;
  component: boolean;
}

/** One entry point of a package, e.g. `@sona-designer/core/io`. */
export interface ApiEntry {
  specifier: string;
  file: string;
  exports: ApiExport[];
}

/** The public API of one package. */
export interface PublicApi {
  id: string;
  name: string;
  entries: ApiEntry[];
}

/** The entry points of a package: its `exports` with a TypeScript file under the `@sona-designer/source` condition. */
export function entryPoints(
  pkg: ApiPackage,
  root?: string,
): { name: string; entries: { specifier: string; file: string }[] };

/** Reads the public API of the packages from source (about two to five seconds). */
export function readPublicApi(options?: { root?: string; packages?: ApiPackage[] }): PublicApi[];

/** What lacks a doc comment: `specifier: Name (file:line)` or `specifier: Name.prop (file:line)`. */
export function undocumented(api: PublicApi[]): string[];
