import type { Command } from '../types';

/** true — does nothing, successfully (arguments ignored, as the builtins do). */
export const trueCommand: Command = { name: 'true', run: () => 0 };
