/**
 * A Go text/template subset for the docker CLI's `--format` / `-f`, over explicit Go values
 * (./values): `{{.A.B}}`, `{{json .X}}`, `{{range}}`/`{{if}}`/`{{with}}` with `{{else}}`,
 * variables, pipelines, `{{- -}}` trimming, Go's builtins and docker's functions. Printing follows
 * fmt %v, `json` follows encoding/json, errors follow Go's text.
 */
import type { Node } from './ast';
import { execute, type ExecOptions } from './exec';
import { parse } from './parse';
import type { GoValue } from './values';

export { TemplateError } from './errors';
export type { ExecOptions } from './exec';
export { marshal, indentJSON, quoteJSON } from './json';
export { printAction, formatV } from './print';
export * from './values';

export interface Template {
  readonly source: string;
  readonly nodes: readonly Node[];
}

/** Parses `source`; throws TemplateError (phase 'parse') with Go's message. */
export function parseTemplate(source: string): Template {
  return { source, nodes: parse(source) };
}

/** Executes a parsed template; throws TemplateError (phase 'execute') with Go's message. */
export function executeTemplate(tmpl: Template, value: GoValue, opts: ExecOptions = {}): string {
  return execute(tmpl.nodes, tmpl.source, value, opts);
}

/** Parses and executes in one go (no trailing newline is added). */
export function renderTemplate(source: string, value: GoValue, opts: ExecOptions = {}): string {
  return executeTemplate(parseTemplate(source), value, opts);
}
