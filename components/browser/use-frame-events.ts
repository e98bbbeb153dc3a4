/**
 * The shown page's links and forms: the pane catches clicks and submits inside the sandboxed
 * iframe and follows them through the engine; the frame's height follows its content.
 */
import { useEffect, useRef, useState } from 'react';
import { resolveHref } from '@/lib/machine';
import { closestLink, submission } from './page';
import { GET, type Navigator } from './use-navigator';

/** The iframe's ref, its height and its onLoad (which wires the loaded document). */
export function useFrameEvents(nav: Navigator, onChanged?: () => void) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  const changed = useRef(onChanged);
  useEffect(() => {
    changed.current = onChanged;
  });

  const onLoad = () => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    followLinks(doc, nav);
    doc.addEventListener('submit', (event) => submitForm(event as SubmitEvent, nav, changed));
    const content = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    setHeight(Math.min(Math.max(content, 128), 360));
  };
  return { frame, height, onLoad };
}

function followLinks(doc: Document, nav: Navigator): void {
  doc.addEventListener('click', (event) => {
    const link = closestLink(event.target);
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    const base = nav.current();
    if (href.startsWith('#')) doc.getElementById(href.slice(1))?.scrollIntoView();
    else if (base) {
      const to = resolveHref(base, href);
      if (to) void nav.open(to, GET, 'push');
    }
  });
  doc.addEventListener('auxclick', (event) => {
    if (closestLink(event.target)) event.preventDefault();
  });
}

function submitForm(event: SubmitEvent, nav: Navigator, changed: { current?: () => void }) {
  event.preventDefault();
  const base = nav.current();
  const submit = submission(event.target as HTMLFormElement, event.submitter);
  const to = base && resolveHref(base, submit.action);
  if (!to) return;
  if (submit.method === 'POST')
    void nav
      .open(to, { method: 'POST', body: submit.body }, 'push')
      .then(() => changed.current?.());
  else void nav.open({ ...to, path: `${to.path.split('?')[0]}?${submit.body}` }, GET, 'push');
}
