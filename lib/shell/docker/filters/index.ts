/** `--filter` for docker list and prune commands, as the daemon applies it. */
export { checkFilterFlag, parseFilterArgs, type FilterArgs } from './args';
export { listContainers, type ListOptions } from './containers';
export { filterVolumes } from './volumes';
