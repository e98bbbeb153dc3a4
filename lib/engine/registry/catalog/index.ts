/** The offline Docker Hub's repositories (docs/images.md says where every fact comes from). */
import type { CatalogImage } from '../types';
import { alpine319, alpine320, alpine39 } from './alpine';
import { busybox } from './busybox';
import { bookwormSlim, ubuntu2204, ubuntu2404 } from './debian';
import { nginx } from './nginx';
import { postgres } from './postgres';
import { redis } from './redis';

export const CATALOG: readonly CatalogImage[] = [
  alpine320,
  alpine319,
  alpine39,
  busybox,
  bookwormSlim,
  ubuntu2404,
  ubuntu2204,
  nginx,
  redis,
  postgres,
];
