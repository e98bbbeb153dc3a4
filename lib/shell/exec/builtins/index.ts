export { builtinFor, interpreterBuiltins, SPECIAL_BUILTINS } from './registry';
