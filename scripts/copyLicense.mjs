// `prepack` of each published package: copies the repository's LICENSE (the one source of truth) into the package
// folder, where npm and pnpm always include it in the tarball. The copies are ignored by git.
import { copyFileSync } from 'node:fs';

copyFileSync(new URL('../LICENSE', import.meta.url), 'LICENSE');
