/**
 * How text/template resolves `.Name` on a value (exec.go evalField): a method (called), a struct
 * field (promoted through embedded structs), a map key (missing: no value, or an error under
 * missingkey=error), else Go's error text.
 */
import type { ExecOptions } from './exec';
import { GoMap, GoMethod, GoPtr, GoStruct, typeName, type GoValue } from './values';

export type FieldResult =
  | { kind: 'value'; value: GoValue }
  | { kind: 'method'; method: GoMethod }
  | { kind: 'error'; message: string };

const error = (message: string): FieldResult => ({ kind: 'error', message });

/** `given` is the number of arguments the action passes (command args plus a piped value). */
export function resolveField(
  receiver: GoValue,
  name: string,
  given: number,
  opts: ExecOptions,
): FieldResult {
  const type = opts.raw ? 'interface {}' : typeName(receiver);
  if (receiver === undefined)
    return opts.missingKey === 'error'
      ? error(`nil data; no entry for key "${name}"`)
      : { kind: 'value', value: undefined };
  if (receiver === null) return error(`nil pointer evaluating interface {}.${name}`);
  let target: GoValue = receiver;
  if (target instanceof GoPtr) {
    if (target.target === null) return error(`nil pointer evaluating ${target.typeName}.${name}`);
    target = target.target;
  }
  if (target instanceof GoStruct) {
    const field = target.field(name);
    if (field?.value instanceof GoMethod) {
      const method = field.value;
      if (given !== method.arity)
        return error(`wrong number of args for ${name}: want ${method.arity} got ${given}`);
      return { kind: 'method', method };
    }
    if (field) {
      if (given > 0) return error(`${name} has arguments but cannot be invoked as function`);
      return { kind: 'value', value: field.value };
    }
  } else if (target instanceof GoMap) {
    if (given > 0) return error(`${name} is not a method but has arguments`);
    if (target.entries?.has(name)) return { kind: 'value', value: target.entries.get(name) };
    if (opts.missingKey === 'error') return error(`map has no entry for key "${name}"`);
    return { kind: 'value', value: undefined };
  }
  return error(`can't evaluate field ${name} in type ${type}`);
}
