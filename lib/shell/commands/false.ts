import type { Command } from '../types';

/** false — does nothing, unsuccessfully (arguments ignored, as the builtins do). */
export const falseCommand: Command = { name: 'false', run: () => 1 };
