// The subcommands, one file each.
import type { Command } from '../command';
import { critique } from './critique';
import { lint } from './lint';

export const commands: Command[] = [lint, critique];
