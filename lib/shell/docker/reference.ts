/**
 * Image references as the CLI checks them before asking the daemon (distribution/reference
 * ParseNormalizedNamed): lowercase repository path components, an optional registry host,
 * an optional tag. Returns the CLI's error text, or null when the reference is valid.
 */
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?$`,
);

function splitDomain(ref: string): { domain: string; remainder: string } {
  const i = ref.indexOf('/');
  const first = ref.slice(0, i);
  if (i < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first))
    return { domain: 'docker.io', remainder: i < 0 ? `library/${ref}` : ref };
  return { domain: first, remainder: ref.slice(i + 1) };
}

export function referenceError(ref: string): string | null {
  if (/^[a-f0-9]{64}$/.test(ref))
    return `invalid repository name (${ref}), cannot specify 64-byte hexadecimal strings`;
  const { domain, remainder } = splitDomain(ref);
  const colon = remainder.indexOf(':');
  const remote = colon < 0 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote)
    return `invalid reference format: repository name (${remote}) must be lowercase`;
  return REFERENCE.test(`${domain}/${remainder}`) ? null : 'invalid reference format';
}
