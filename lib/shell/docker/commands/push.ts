/**
 * `docker push` and `docker search`: both need Docker Hub, which the sandbox cannot reach; they
 * answer as a real daemon without network access does (fixtures/registry-offline.*).
 */
import { fullTagged, parseReference, ReferenceError, type Reference } from '../../../engine';
import type { Subcommand } from '../types';

/** The resolver's answer on the machine the oracle ran on (its DNS server's address). */
export const NO_NETWORK = (url: string, host: string) =>
  `Get "${url}": dial tcp: lookup ${host} on 10.255.255.53:53: no such host`;

export const push: Subcommand = {
  path: 'image push',
  aliases: ['push'],
  summary: 'Upload an image to a registry',
  usage: '[OPTIONS] NAME[:TAG]',
  flags: [
    { name: 'all-tags', short: 'a', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
  ],
  args: { exact: 1 },
  run(d, _flags, [text]) {
    let ref: Reference;
    try {
      ref = parseReference(text!);
    } catch (e) {
      if (!(e instanceof ReferenceError)) throw e;
      d.err.write(`${e.message}\n`);
      return 1;
    }
    const repo = fullTagged(ref).replace(/[:@][^/]*$/, '');
    d.out.write(`The push refers to repository [${repo}]\n`);
    if (!d.engine.images.find(text!)) {
      const name = repo.replace(/^docker\.io\/(library\/)?/, '');
      d.err.write(`An image does not exist locally with the tag: ${name}\n`);
      return 1;
    }
    const host = ref.domain === 'docker.io' ? 'registry-1.docker.io' : ref.domain;
    d.err.write(`${NO_NETWORK(`https://${host}/v2/`, host)}\n`);
    return 1;
  },
};

export const search: Subcommand = {
  path: 'search',
  aliases: ['search'],
  summary: 'Search Docker Hub for images',
  usage: '[OPTIONS] TERM',
  flags: [
    { name: 'limit', type: 'string' },
    { name: 'no-trunc', type: 'bool' },
    { name: 'format', type: 'string' },
    { name: 'filter', short: 'f', type: 'array' },
  ],
  args: { exact: 1 },
  run(d, _flags, [term]) {
    const url = `https://index.docker.io/v1/search?q=${encodeURIComponent(term!)}&n=25`;
    d.err.write(`Error response from daemon: ${NO_NETWORK(url, 'index.docker.io')}\n`);
    return 1;
  },
};
