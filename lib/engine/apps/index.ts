/** The programs the book's images run. */
import type { Program } from '../process';
import { todoListApp } from './todo-list';

export const bookPrograms: readonly Program[] = [todoListApp];
