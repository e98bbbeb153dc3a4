/**
 * layerlab/boundaries: the project's layers, enforced. Each module (a folder of lib/, a folder
 * of components/, app/) has a rank; a module may import only modules of a lower rank, and only
 * through their public entry points (index.ts, or an entry the config names). The UI may use only
 * the lib modules made for it. See docs/architecture.md for the layers and why they are so.
 *
 * Options: {
 *   modules: { [path]: rank },            // 'lib/fs': 0, 'components/mdx': 15, 'app': 20
 *   entries: { [module]: string[] },      // more public entry points: { 'lib/layers': ['empty'] }
 *   ui: string[],                         // modules whose files are UI ('components', 'app')
 *   uiMayImport: string[],                // the lib modules the UI may import
 * }
 * Test files (*.test.ts, testing.ts, *.testing.ts) may import upwards (a test of the shell may
 * start a whole machine) but still only through entry points, or another module's test support.
 */
import path from 'node:path';

const TEST_FILE = /(\.test\.tsx?|(^|[./])testing\.ts)$/;

/** The longest module path that `file` (repo-relative, no extension) lies in, or null. */
function moduleOf(file, modules) {
  let best = null;
  for (const name of Object.keys(modules))
    if ((file === name || file.startsWith(`${name}/`)) && (!best || name.length > best.length))
      best = name;
  return best;
}

/** Repo-relative path of an import specifier, or null for packages. */
function resolve(spec, importer) {
  if (spec.startsWith('@/')) return path.posix.normalize(spec.slice(2));
  if (spec.startsWith('.'))
    return path.posix.normalize(path.posix.join(path.posix.dirname(importer), spec));
  return null;
}

function isEntry(target, module, entries) {
  const rest = target === module ? '' : target.slice(module.length + 1);
  return rest === '' || rest === 'index' || (entries[module] ?? []).includes(rest);
}

function check(context, node, spec) {
  const options = context.options[0] ?? {};
  const { modules = {}, entries = {}, ui = [], uiMayImport = [] } = options;
  const importer = path.relative(context.cwd, context.filename).split(path.sep).join('/');
  const target = resolve(spec, importer);
  if (target === null) return;
  const from = moduleOf(importer.replace(/\.(tsx?|mjs)$/, ''), modules);
  const to = moduleOf(target, modules);
  if (!from || !to || from === to) return;
  const fromUi = ui.some((u) => from === u || from.startsWith(`${u}/`));
  if (fromUi && to.startsWith('lib/') && !uiMayImport.includes(to)) {
    context.report({
      node,
      messageId: 'uiReach',
      data: { from, to, allowed: uiMayImport.join(', ') },
    });
    return;
  }
  if (!TEST_FILE.test(importer) && modules[to] >= modules[from]) {
    context.report({ node, messageId: 'upward', data: { from, to } });
    return;
  }
  // A test may use another module's test support (a *.testing.ts fixture) directly.
  const testSupport = TEST_FILE.test(importer) && /(^|[./])testing$/.test(target);
  if (to.startsWith('lib/') && !testSupport && !isEntry(target, to, entries))
    context.report({ node, messageId: 'pastEntry', data: { from, to, target } });
}

const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: "Imports follow the project's layers, through public entry points" },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      upward: '{{from}} may not import {{to}}: it is not below {{from}} (docs/architecture.md).',
      pastEntry:
        "{{from}} reaches past {{to}}'s public entry point ({{target}}): import '{{to}}' and export what you need from its index.ts.",
      uiReach: '{{from}} is UI: it may import only {{allowed}} from lib/, not {{to}}.',
    },
  },
  create(context) {
    const visit = (node) =>
      node.source &&
      typeof node.source.value === 'string' &&
      check(context, node, node.source.value);
    return {
      ImportDeclaration: visit,
      ExportNamedDeclaration: visit,
      ExportAllDeclaration: visit,
      ImportExpression: visit,
    };
  },
};

export default { rules: { boundaries } };
