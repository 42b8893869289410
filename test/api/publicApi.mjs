// The public API of the packages, read from source with the TypeScript compiler API: every entry point of each
// package's `exports` (its `@sona-designer/source` file), every name it exports, whether that name has a doc comment,
// and, for components and `…Props` types, whether each prop has one. The API report (report.mjs) and the doc-comment
// test (docs.test.ts) both use it.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The published packages: report file name, package folder. */
export const PACKAGES = [
  { id: 'core', dir: 'packages/core' },
  { id: 'react', dir: 'packages/react' },
  { id: 'server', dir: 'packages/server' },
];

/** Tags a reader must see in the report: they say how stable or how public a name is. */
const SHOWN_TAGS = ['advanced', 'beta', 'alpha', 'experimental', 'deprecated', 'internal'];

const SOURCE_CONDITION = '@sona-designer/source';

/** The entry points of one package: its `exports` whose source condition is a TypeScript file. */
export function entryPoints(pkg, root = ROOT) {
  const manifest = JSON.parse(readFileSync(join(root, pkg.dir, 'package.json'), 'utf8'));
  const entries = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const source = typeof target === 'object' && target !== null ? target[SOURCE_CONDITION] : undefined;
    if (typeof source !== 'string' || !/\.tsx?$/.test(source)) continue;
    entries.push({
      specifier: subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`,
      file: join(root, pkg.dir, source),
    });
  }
  return { name: manifest.name, entries };
}

function compilerOptions(root) {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  return { ...parsed.options, noEmit: true, incremental: false, composite: false };
}

const BUILD =
  ts.NodeBuilderFlags.NoTruncation |
  ts.NodeBuilderFlags.MultilineObjectLiterals |
  ts.NodeBuilderFlags.UseAliasDefinedOutsideCurrentScope |
  ts.NodeBuilderFlags.IgnoreErrors;

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

const isOurs = (root) => (declaration) => {
  const file = declaration.getSourceFile().fileName;
  return !file.includes('/node_modules/') && file.startsWith(root);
};

function hasDoc(symbol, checker) {
  if (symbol.getDocumentationComment(checker).some((part) => part.text.trim() !== '')) return true;
  // A tag alone (e.g. `@internal`, `@deprecated Use X`) is a doc comment too.
  return (symbol.declarations ?? []).some((declaration) => ts.getJSDocTags(declaration).length > 0);
}

function shownTags(symbol) {
  const tags = new Set();
  for (const declaration of symbol.declarations ?? []) {
    for (const tag of ts.getJSDocTags(declaration)) {
      if (SHOWN_TAGS.includes(tag.tagName.text)) tags.add(tag.tagName.text);
    }
  }
  return [...tags].sort();
}

function kindOf(symbol) {
  const flags = symbol.flags;
  const kinds = [];
  if (flags & ts.SymbolFlags.Class) kinds.push('class');
  else if (flags & ts.SymbolFlags.Function) kinds.push('function');
  else if (flags & ts.SymbolFlags.Variable) {
    const declaration = symbol.valueDeclaration;
    const list = declaration?.parent;
    kinds.push(
      list && ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const ? 'const' : 'let',
    );
  } else if (flags & ts.SymbolFlags.Enum) kinds.push('enum');
  if (flags & ts.SymbolFlags.Interface) kinds.push('interface');
  if (flags & ts.SymbolFlags.TypeAlias) kinds.push('type');
  if (flags & ts.SymbolFlags.Namespace && kinds.length === 0) kinds.push('namespace');
  return kinds.length > 0 ? kinds.join(' + ') : 'unknown';
}

/** Four-space indents (the printer's) as two. */
const reindent = (text) => text.replace(/^( {4})+/gm, (indent) => '  '.repeat(indent.length / 4));

function print(node, sourceFile) {
  return reindent(printer.printNode(ts.EmitHint.Unspecified, node, sourceFile));
}

function typeText(type, enclosing, checker) {
  const node = checker.typeToTypeNode(type, enclosing, BUILD);
  return node ? print(node, enclosing.getSourceFile()) : checker.typeToString(type, enclosing);
}

function signatureText(signature, enclosing, kind, name, checker) {
  const node = checker.signatureToSignatureDeclaration(signature, kind, enclosing, BUILD);
  if (!node) return `${name}${checker.signatureToString(signature, enclosing)};`;
  const { factory } = ts;
  // A destructured parameter is shown by a name: how the implementation destructures it is not the API.
  const parameters = factory.createNodeArray(
    node.parameters.map((parameter) =>
      ts.isIdentifier(parameter.name)
        ? parameter
        : factory.updateParameterDeclaration(
            parameter,
            parameter.modifiers,
            parameter.dotDotDotToken,
            factory.createIdentifier(/^[A-Z]/.test(name) ? 'props' : 'options'),
            parameter.questionToken,
            parameter.type,
            parameter.initializer,
          ),
    ),
  );
  let named = node;
  if (ts.isFunctionDeclaration(node))
    named = factory.updateFunctionDeclaration(
      node,
      undefined,
      undefined,
      factory.createIdentifier(name),
      node.typeParameters,
      parameters,
      node.type,
      undefined,
    );
  else if (ts.isMethodDeclaration(node))
    named = factory.updateMethodDeclaration(
      node,
      undefined,
      undefined,
      factory.createIdentifier(name),
      undefined,
      node.typeParameters,
      parameters,
      node.type,
      undefined,
    );
  else if (ts.isConstructorDeclaration(node))
    named = factory.updateConstructorDeclaration(node, undefined, parameters, undefined);
  return print(named, enclosing.getSourceFile())
    .replace(/\s*\{\s*\}$/, '')
    .replace(/;?$/, ';');
}

/**
 * The type a type alias stands for, when its declaration does not spell it out (`z.output<typeof Schema>`,
 * `StoreApi<State>`, `Omit<…>`): the report shows both, so a change to the schema shows in the type too.
 */
function expandedAlias(declaration, checker) {
  const node = declaration.type;
  if (declaration.typeParameters) return null; // a generic alias has no single expansion
  if (ts.isTypeLiteralNode(node) || ts.isLiteralTypeNode(node) || ts.isFunctionTypeNode(node)) return null;
  if (ts.isUnionTypeNode(node) && node.types.every((member) => ts.isLiteralTypeNode(member))) return null;
  const type = checker.getTypeAtLocation(declaration.name);
  const expanded = checker.typeToTypeNode(type, declaration, BUILD | ts.NodeBuilderFlags.InTypeAlias);
  if (!expanded) return null;
  const text = print(expanded, declaration.getSourceFile());
  return text === print(node, declaration.getSourceFile()) ? null : text;
}

function isZodType(type) {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  return (symbol?.declarations ?? []).some((declaration) =>
    /\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?zod\//.test(declaration.getSourceFile().fileName),
  );
}

/** The declaration as the report shows it: comments and bodies left out, types printed in full. */
function declarationText(symbol, checker) {
  const lines = [];
  const name = symbol.name;
  const declarations = symbol.declarations ?? [];
  for (const declaration of declarations) {
    if (ts.isFunctionDeclaration(declaration)) {
      const overloaded = declarations.filter((other) => ts.isFunctionDeclaration(other)).length > 1;
      if (declaration.body && overloaded) continue; // an overloaded function's implementation is not its API
      const signature = checker.getSignatureFromDeclaration(declaration);
      if (signature)
        lines.push(signatureText(signature, declaration, ts.SyntaxKind.FunctionDeclaration, name, checker));
    } else if (ts.isVariableDeclaration(declaration)) {
      const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      const keyword = declaration.parent.flags & ts.NodeFlags.Const ? 'const' : 'let';
      // A schema's type is zod's machinery around the shape its type alias shows: one line is enough to see a change.
      const text = isZodType(type)
        ? checker.typeToString(type, declaration, ts.TypeFormatFlags.NoTruncation)
        : typeText(type, declaration, checker);
      lines.push(`${keyword} ${name}: ${text};`);
    } else if (ts.isClassDeclaration(declaration)) {
      lines.push(classText(declaration, checker));
    } else if (ts.isInterfaceDeclaration(declaration) || ts.isEnumDeclaration(declaration)) {
      lines.push(printDeclaration(declaration));
    } else if (ts.isTypeAliasDeclaration(declaration)) {
      lines.push(printDeclaration(declaration));
      const expanded = expandedAlias(declaration, checker);
      if (expanded) lines.push(`// ${name} expands to:\n// ${expanded.replaceAll('\n', '\n// ')}`);
    }
  }
  return lines.join('\n');
}

function printDeclaration(declaration) {
  return print(declaration, declaration.getSourceFile()).replace(/^export (declare )?/, '');
}

function classText(declaration, checker) {
  const sourceFile = declaration.getSourceFile();
  const heritage = (declaration.heritageClauses ?? [])
    .map((clause) => print(clause, sourceFile).trim())
    .join(' ');
  const members = [];
  for (const member of declaration.members) {
    const modifiers = ts.getCombinedModifierFlags(member);
    if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
    if (member.name && ts.isPrivateIdentifier(member.name)) continue;
    const isStatic = modifiers & ts.ModifierFlags.Static ? 'static ' : '';
    const readonly = modifiers & ts.ModifierFlags.Readonly ? 'readonly ' : '';
    if (ts.isConstructorDeclaration(member)) {
      const signature = checker.getSignatureFromDeclaration(member);
      if (signature)
        members.push(signatureText(signature, member, ts.SyntaxKind.Constructor, 'constructor', checker));
    } else if (ts.isMethodDeclaration(member)) {
      const signature = checker.getSignatureFromDeclaration(member);
      const memberName = `${isStatic}${member.name.getText()}`;
      if (signature)
        members.push(signatureText(signature, member, ts.SyntaxKind.MethodDeclaration, memberName, checker));
    } else if (ts.isPropertyDeclaration(member)) {
      const type = checker.getTypeAtLocation(member);
      const optional = member.questionToken ? '?' : '';
      members.push(
        `${isStatic}${readonly}${member.name.getText()}${optional}: ${typeText(type, member, checker)};`,
      );
    } else if (ts.isGetAccessorDeclaration(member)) {
      const type = checker.getTypeAtLocation(member);
      members.push(`${isStatic}get ${member.name.getText()}(): ${typeText(type, member, checker)};`);
    }
  }
  const head = `class ${declaration.name?.text ?? 'default'}${heritage ? ` ${heritage}` : ''}`;
  return `${head} {\n${members.map((member) => `  ${member.replaceAll('\n', '\n  ')}`).join('\n')}\n}`;
}

/** The props type of a component: the first parameter of its call (or construct) signatures. */
function propsTypeOf(type, checker) {
  const queue = [type];
  while (queue.length > 0) {
    const current = queue.shift();
    const signatures = [...current.getCallSignatures(), ...current.getConstructSignatures()];
    for (const signature of signatures) {
      const [parameter] = signature.getParameters();
      if (!parameter?.valueDeclaration) continue;
      const props = checker.getTypeOfSymbolAtLocation(parameter, parameter.valueDeclaration);
      if (props.flags & ts.TypeFlags.Object || props.isIntersection()) return props;
    }
    if (current.isUnionOrIntersection()) queue.push(...current.types);
  }
  return undefined;
}

/** A component: a value named in PascalCase that can be rendered with props (functions, memo, lazy wrappers). */
function isComponent(name, symbol, type) {
  if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable))) return false;
  if (!/^[A-Z][a-z]/.test(name)) return false;
  const parts = type.isUnionOrIntersection() ? type.types : [type];
  return parts.some(
    (part) =>
      part.getCallSignatures().length > 0 ||
      (part.isUnionOrIntersection() && part.types.some((inner) => inner.getCallSignatures().length > 0)),
  );
}

/** `file:line` of a declaration, relative to the root. */
function whereOf(declaration, root) {
  if (!declaration) return '?';
  const sourceFile = declaration.getSourceFile();
  return `${relative(root, sourceFile.fileName)}:${sourceFile.getLineAndCharacterOfPosition(declaration.getStart()).line + 1}`;
}

/** Each property of a props type that the packages declare, with whether it has a doc comment. */
function propsOf(type, checker, ours, root) {
  return checker
    .getPropertiesOfType(type)
    .filter((property) => (property.declarations ?? []).some(ours))
    .map((property) => ({
      name: property.name,
      documented: hasDoc(property, checker),
      where: whereOf(property.declarations?.find(ours), root),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Reads the public API of the packages from source.
 * Returns, per package, its entry points, and per entry point its exports sorted by name.
 */
export function readPublicApi({ root = ROOT, packages = PACKAGES } = {}) {
  const manifests = packages.map((pkg) => ({ pkg, ...entryPoints(pkg, root) }));
  const rootNames = manifests.flatMap((manifest) => manifest.entries.map((entry) => entry.file));
  const program = ts.createProgram({ rootNames, options: compilerOptions(root) });
  const checker = program.getTypeChecker();
  const ours = isOurs(root);
  return manifests.map(({ pkg, name, entries }) => ({
    id: pkg.id,
    name,
    entries: entries.map((entry) => {
      const sourceFile = program.getSourceFile(entry.file);
      if (!sourceFile) throw new Error(`Entry point not found: ${entry.file}`);
      const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
      const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
      const exports = exported.map((exportSymbol) => {
        const symbol =
          exportSymbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exportSymbol) : exportSymbol;
        const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
        const where = whereOf(declaration, root);
        const result = {
          name: exportSymbol.name,
          kind: kindOf(symbol),
          documented: hasDoc(symbol, checker),
          doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)),
          tags: shownTags(symbol),
          declaration: declarationText(symbol, checker),
          where,
          props: undefined,
          component: false,
        };
        // Renamed re-exports (`LazyJobEditor as JobEditor`) are shown under their public name.
        if (exportSymbol.name !== symbol.name)
          result.declaration = result.declaration.replace(
            new RegExp(`^(function|const|let|class|interface|type|enum) ${symbol.name}\\b`, 'gm'),
            `$1 ${exportSymbol.name}`,
          );
        if (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable) && declaration) {
          const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
          if (isComponent(exportSymbol.name, symbol, type)) {
            result.component = true;
            const props = propsTypeOf(type, checker);
            if (props) result.props = propsOf(props, checker, ours, root);
          }
        } else if (
          exportSymbol.name.endsWith('Props') &&
          symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)
        ) {
          const type = checker.getDeclaredTypeOfSymbol(symbol);
          if (type.flags & ts.TypeFlags.Object || type.isIntersection())
            result.props = propsOf(type, checker, ours, root);
        }
        return result;
      });
      exports.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return { specifier: entry.specifier, file: relative(root, entry.file), exports };
    }),
  }));
}

/**
 * What lacks a doc comment: exported names, and props of components and `…Props` types (`Type.prop`), each with the
 * place to write it. A prop shared by a component and its props type is named once.
 */
export function undocumented(api) {
  const found = new Map();
  for (const pkg of api) {
    for (const entry of pkg.entries) {
      for (const item of entry.exports) {
        if (!item.documented && !found.has(item.where))
          found.set(item.where, `${entry.specifier}: ${item.name} (${item.where})`);
        for (const prop of item.props ?? []) {
          const key = `${prop.where} ${prop.name}`;
          if (!prop.documented && !found.has(key))
            found.set(key, `${entry.specifier}: ${item.name}.${prop.name} (${prop.where})`);
        }
      }
    }
  }
  return [...found.values()];
}
