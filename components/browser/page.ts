/**
 * What the pane shows for an address (a page, text, or a browser error), and what the page's
 * links and forms ask for. Browser-only: loaded with the pane.
 */
import {
  encodeForm,
  loadPage,
  resolveHref,
  type Address,
  type PageRequest,
  type Machine,
} from '@/lib/machine';
import type { PageError } from './ErrorPage';
import { pageDocument } from './page-document';

export type View =
  | { kind: 'html'; html: string; title: string }
  | { kind: 'text'; text: string }
  | { kind: 'error'; error: PageError; host: string };

/** The page's view of `address`, and where it ended up after redirects. */
export async function fetchView(
  machine: Machine,
  address: Address,
  request: PageRequest,
): Promise<{ address: Address; view: View }> {
  await machine.internals.ready;
  const load = await loadPage(machine.engine, address, request);
  if (!load.ok)
    return {
      address: load.address,
      view: { kind: 'error', error: load.error, host: load.address.host },
    };
  const { response, contentType } = load;
  if (contentType !== 'text/html' && contentType !== 'application/xhtml+xml')
    return { address: load.address, view: { kind: 'text', text: response.body } };
  const doc = await pageDocument(response.body, async (href) => {
    const to = resolveHref(load.address, href);
    const css = to && (await loadPage(machine.engine, to));
    return css && css.ok && css.response.status === 200 ? css.response.body : null;
  });
  return { address: load.address, view: { kind: 'html', ...doc } };
}

/** The <a href> an event happened in (the target is from the iframe's realm: no instanceof). */
export function closestLink(target: EventTarget | null): Element | null {
  const el = target as Element | null;
  return typeof el?.closest === 'function' ? el.closest('a[href], area[href]') : null;
}

/** What a browser sends for a form: method, action and the encoded fields. */
export function submission(form: HTMLFormElement, submitter: HTMLElement | null) {
  const method = submitter?.getAttribute('formmethod') ?? form.getAttribute('method') ?? 'get';
  const action = submitter?.getAttribute('formaction') ?? form.getAttribute('action') ?? '';
  const fields = [...new FormData(form, submitter)].map(
    ([k, v]) => [k, typeof v === 'string' ? v : v.name] as const,
  );
  return {
    method: method.toLowerCase() === 'post' ? ('POST' as const) : ('GET' as const),
    action,
    body: encodeForm(fields),
  };
}
