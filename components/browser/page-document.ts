/**
 * Turns an app's HTML into a document the pane can show in a sandboxed srcdoc iframe without
 * any request leaving the simulation: stylesheets are fetched from the engine and inlined, and
 * everything else that would load from a URL (scripts, images, frames, CSS url()s) is dropped.
 * A Content-Security-Policy forbids whatever slips through. Browser-only (DOMParser).
 */

/** Nothing may load from a URL; inline styles and data: images are fine. */
const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; media-src data:; form-action 'none'";

const REMOVED =
  'script, iframe, frame, frameset, object, embed, applet, portal, base, meta[http-equiv]';
/** Attributes that make a browser fetch something. */
const FETCHING = ['src', 'srcset', 'poster', 'background', 'data', 'lowsrc', 'ping', 'manifest'];

export interface PageDocument {
  /** For the iframe's srcdoc. */
  html: string;
  title: string;
}

/**
 * `load(href)` resolves a stylesheet's href against the page and returns its text, or null when
 * the app does not serve it.
 */
export async function pageDocument(
  source: string,
  load: (href: string) => Promise<string | null>,
): Promise<PageDocument> {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  for (const el of doc.querySelectorAll(REMOVED)) el.remove();
  await inlineStylesheets(doc, load);
  for (const el of doc.querySelectorAll('*')) cleanElement(el);
  for (const style of doc.querySelectorAll('style'))
    style.textContent = cleanCss(style.textContent ?? '');

  const policy = doc.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = POLICY;
  const scheme = doc.createElement('meta');
  scheme.name = 'color-scheme';
  scheme.content = 'light';
  doc.head.prepend(policy, scheme);
  return { html: `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`, title: doc.title.trim() };
}

async function inlineStylesheets(doc: Document, load: (href: string) => Promise<string | null>) {
  for (const link of [...doc.querySelectorAll('link')]) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (!rels.includes('stylesheet') || rels.includes('alternate') || !href) {
      link.remove();
      continue;
    }
    const css = await load(href);
    if (css === null) {
      link.remove();
      continue;
    }
    const style = doc.createElement('style');
    const media = link.getAttribute('media');
    if (media) style.setAttribute('media', media);
    style.textContent = css;
    link.replaceWith(style);
  }
}

function cleanElement(el: Element) {
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase();
    const value = attr.value.trim();
    if (name.startsWith('on')) el.removeAttribute(attr.name);
    else if (FETCHING.includes(name) && !value.startsWith('data:')) el.removeAttribute(attr.name);
    else if (name === 'style') el.setAttribute('style', cleanCss(attr.value));
    // Links and forms open in the pane, never in a new window.
    else if (name === 'target') el.removeAttribute(attr.name);
    // SVG <image href>, <use xlink:href>: only fragments and data: stay.
    else if (
      (name === 'href' || name === 'xlink:href') &&
      el.namespaceURI !== 'http://www.w3.org/1999/xhtml' &&
      !value.startsWith('#') &&
      !value.startsWith('data:')
    )
      el.removeAttribute(attr.name);
  }
}

/**
 * Drops @import and every url() that is not a data: URL, and escapes '<' (CSS's \3c) so a
 * stylesheet cannot close its <style> element when the document is serialized.
 */
export function cleanCss(css: string): string {
  return css
    .replace(/</g, '\\3c ')
    .replace(/@import\b[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)(?!data:)[^)]*?\1\s*\)/gi, 'none');
}
