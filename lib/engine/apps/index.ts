/**
 * The programs the images run, registered once: the book's to-do app, and the servers and
 * clients of the catalog's nginx, redis and postgres images. An image finds a program by its
 * executable's name at the path its config names (docker-entrypoint.sh, nginx, redis-cli, ...);
 * docs/images.md says what each one imitates and what its output is based on.
 */
import type { Program } from '../process';
import { dockerEntrypoint } from './entrypoint';
import { nginx } from './nginx';
import { postgresServer } from './postgres';
import { psql } from './psql';
import { redisCli } from './redis-cli';
import { redisServer } from './redis-server';
import { todoListApp } from './todo-list';

export const bookPrograms: readonly Program[] = [
  todoListApp,
  dockerEntrypoint,
  nginx,
  redisServer,
  redisCli,
  postgresServer,
  psql,
];
