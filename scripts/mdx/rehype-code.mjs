/**
 * Code blocks highlighted at build time by Shiki, with both themes' colours as classes instead of
 * inline styles. A token used to carry `style="color:#0A3069;--shiki-dark:#A5D6FF"`, and React's
 * flight data repeated it as an object for every token (issue 17: about 17 KB of each twice on
 * /volumes-and-mounts/). `transformerStyleToClass` (@shikijs/transformers) turns each distinct
 * style into a short class named by a hash of the style; the rules live in one stylesheet,
 * components/mdx/code-colors.css, written by scripts/mdx/code-colors.mjs (run by `npm run build`).
 * Adjacent tokens of the same colour are merged, and the `<pre>` keeps only the `shiki` class
 * (the theme names it also carried are used by nothing here).
 *
 * A style without a rule in the stylesheet fails the build: its text would lose its colour.
 *
 * Turbopack hands loader options to workers as data, so next.config.mjs names this module by
 * path and the transformers (functions) are made here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rehypeShiki from '@shikijs/rehype';
import { transformerStyleToClass } from '@shikijs/transformers';

export const CODE_COLORS_CSS = fileURLToPath(
  new URL('../../components/mdx/code-colors.css', import.meta.url),
);

/** The class prefix of a token colour: the rest is a hash of its style. */
export const CLASS_PREFIX = 'c-';

export const shikiOptions = {
  themes: { light: 'github-light-default', dark: 'github-dark-default' },
  defaultColor: 'light',
  addLanguageClass: true,
  mergeSameStyleTokens: true,
  langs: ['bash', 'shell', 'dockerfile', 'json', 'text', 'powershell'],
};

/** The classes a stylesheet defines (`.c-xxxxxx{…}`). */
export function definedClasses(css) {
  const prefix = CLASS_PREFIX.replace(/[-]/g, '\\-');
  return new Set(
    [...css.matchAll(new RegExp(`\\.(${prefix}[a-z0-9]+)\\s*\\{`, 'g'))].map((m) => m[1]),
  );
}

/** The stylesheet's rules for every style the highlighter met, sorted so the file is stable. */
export function stylesheet(registry) {
  const rules = [...registry].map(
    ([name, style]) =>
      `.${name}{${
        typeof style === 'string'
          ? style
          : Object.entries(style)
              .map(([k, v]) => `${k}:${v}`)
              .join(';')
      }}`,
  );
  return `/* Written by scripts/mdx/code-colors.mjs: Shiki's token colours (light, and --shiki-dark), one class per style. */\n${rules.sort().join('\n')}\n`;
}

const keepShikiClassOnly = {
  name: 'layerlab:pre-class',
  pre(node) {
    const classes = [node.properties.class ?? []].flat().flatMap((c) => String(c).split(/\s+/));
    node.properties.class = classes
      .filter((c) => c !== 'shiki-themes' && !c.startsWith('github-'))
      .join(' ');
  },
};

/** A token without colour (plain text) keeps no style, so it gets no (empty) class either. */
const dropEmptyStyles = {
  name: 'layerlab:empty-styles',
  tokens(lines) {
    for (const token of lines.flat())
      if (token.htmlStyle && Object.keys(token.htmlStyle).length === 0) delete token.htmlStyle;
  },
};

/**
 * Each line's `<span class="line">` and a colourless token's bare `<span>` wrap nothing the page
 * styles or reads (copy and run take the `<pre>`'s text): their children take their place.
 */
const unwrapPlainSpans = {
  name: 'layerlab:unwrap-plain-spans',
  code(node) {
    const plain = (child) =>
      child.type === 'element' &&
      child.tagName === 'span' &&
      Object.keys(child.properties).every((k) => k === 'class' && child.properties[k] === 'line');
    const unwrap = (children) =>
      children.flatMap((child) => (plain(child) ? unwrap(child.children) : [child]));
    // Adjacent texts become one (React would separate them with <!-- --> in the HTML).
    node.children = unwrap(node.children).reduce((merged, child) => {
      const last = merged[merged.length - 1];
      if (child.type === 'text' && last?.type === 'text') last.value += child.value;
      else merged.push(child.type === 'text' ? { ...child } : child);
      return merged;
    }, []);
  },
};

/**
 * @param {{ registry?: Map<string, unknown>, stylesheet?: string }} [options] `registry`: collect
 *   the styles met into it instead of checking them against the stylesheet (what code-colors.mjs
 *   does); `stylesheet`: the CSS to check against instead of code-colors.css's.
 */
export default function rehypeCode(options = {}) {
  const toClass = transformerStyleToClass({ classPrefix: CLASS_PREFIX });
  let known;
  const check = {
    name: 'layerlab:code-colors',
    root() {
      for (const [name, style] of toClass.getClassRegistry()) {
        if (options.registry) {
          options.registry.set(name, style);
          continue;
        }
        known ??= definedClasses(options.stylesheet ?? readFileSync(CODE_COLORS_CSS, 'utf8'));
        if (!known.has(name))
          throw new Error(
            `code block colour ${JSON.stringify(style)} (${name}) is not in ${CODE_COLORS_CSS}; run 'node scripts/mdx/code-colors.mjs'`,
          );
      }
    },
  };
  return rehypeShiki.call(this, {
    ...shikiOptions,
    transformers: [dropEmptyStyles, toClass, keepShikiClassOnly, unwrapPlainSpans, check],
  });
}
