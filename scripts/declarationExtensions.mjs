// Last step of each package's build: `node ../../scripts/declarationExtensions.mjs dist`.
//
// tsc writes relative imports in declarations as the sources spell them, without extensions (`from './calls'`).
// Under `moduleResolution: node16/nodenext` an ESM package needs full paths (`./calls/index.js`): without them every
// import of the package resolves to `any` (TS2834/TS2835). This rewrites each relative specifier of every `.d.ts`
// (`from '…'`, `import('…')`, `import '…'`) to the emitted file it names, checked on disk, and fails the build on a
// specifier that names nothing. It also checks that every relative import of the emitted `.js` modules names a file.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');

/** `from '…'`, `import('…')` and bare `import '…'`, with either quote. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*|\.{1,2})\2/g;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** The text with its comments blanked out (same length), so that examples in doc comments are left alone. */
function withoutComments(text) {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const char = text[i];
    if (char === "'" || char === '"' || char === '`') {
      let end = i + 1;
      while (end < text.length && text[end] !== char && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end + 1;
    } else if (text.startsWith('//', i) || text.startsWith('/*', i)) {
      const close = text.startsWith('//', i) ? '\n' : '*/';
      const found = text.indexOf(close, i + 2);
      const end = found === -1 ? text.length : found + (close === '*/' ? 2 : 0);
      out += text.slice(i, end).replace(/[^\n]/g, ' ');
      i = end;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/** The relative specifiers of a module's code (not its comments), each with its index in the text. */
function* specifiers(text) {
  for (const match of withoutComments(text).matchAll(SPECIFIER)) {
    const [, keyword, , specifier] = match;
    yield { specifier, index: match.index + keyword.length + 1, length: specifier.length };
  }
}

/** The `.js` specifier a declaration's extensionless one stands for, or `undefined` when it names no file. */
function withExtension(fromFile, specifier) {
  const target = resolve(dirname(fromFile), specifier);
  if (/\.js$/.test(specifier) && isFile(target.replace(/\.js$/, '.d.ts'))) return specifier;
  if (isFile(`${target}.d.ts`)) return `${specifier}.js`;
  if (isFile(join(target, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  return undefined;
}

const problems = [];
let rewritten = 0;
for (const file of files(dist)) {
  if (file.endsWith('.d.ts')) {
    const source = readFileSync(file, 'utf8');
    let output = '';
    let done = 0;
    for (const { specifier, index, length } of specifiers(source)) {
      const fixed = withExtension(file, specifier);
      if (!fixed) problems.push(`${relative(dist, file)}: '${specifier}' names no declaration file`);
      output += source.slice(done, index) + (fixed ?? specifier);
      done = index + length;
    }
    output += source.slice(done);
    if (output !== source) {
      writeFileSync(file, output);
      rewritten++;
    }
  } else if (file.endsWith('.js')) {
    for (const { specifier } of specifiers(readFileSync(file, 'utf8'))) {
      if (!isFile(resolve(dirname(file), specifier))) {
        problems.push(`${relative(dist, file)}: '${specifier}' names no file`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`Unresolved relative imports in ${dist}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`declarations: relative imports of ${rewritten} files now name their .js files (${dist})`);
