// The subcommands, one file each.
import type { Command } from '../command';
import { alerts } from './alerts';
import { lint } from './lint';

export const commands: Command[] = [lint, alerts];
