/** Types of csp.mjs (a plain Node script) for its tests. */
export type Directive = [name: string, sources: string[]];
export const BASE_POLICY: Directive[];
export const HEADER_ONLY: Directive[];
export function inlineScripts(html: string): string[];
export function sha256Source(text: string): string;
export function policyFor(hashes: string[], extra?: Directive[]): string;
export function withPolicy(html: string, policy: string): string;
export function run(outDir: string): string;
