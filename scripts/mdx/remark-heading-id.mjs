/**
 * Explicit heading ids, ko.react.dev style: `## 도커 볼륨이 뭐야? {/*what-is-a-volume*\/}`.
 * The trailing MDX comment expression is removed from the heading text and becomes its `id`, so
 * Korean headings get short, stable, shareable ASCII anchors. Headings without one are left alone;
 * `npm run check:content` rejects them.
 */
import { visit } from 'unist-util-visit';

const ID_COMMENT = /^\/\*\s*([a-z0-9][a-z0-9-]*)\s*\*\/$/;

export default function remarkHeadingId() {
  return (tree) => {
    visit(tree, 'heading', (node) => {
      const last = node.children[node.children.length - 1];
      if (!last || last.type !== 'mdxTextExpression') return;
      const match = ID_COMMENT.exec(last.value.trim());
      if (!match) return;
      node.children.pop();
      const before = node.children[node.children.length - 1];
      if (before && before.type === 'text') before.value = before.value.trimEnd();
      node.data = node.data ?? {};
      node.data.hProperties = { ...(node.data.hProperties ?? {}), id: match[1] };
    });
  };
}
