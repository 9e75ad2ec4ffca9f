// The subcommands, one file each.
import type { Command } from '../command';
import { lint } from './lint';
import { price } from './price';

export const commands: Command[] = [lint, price];
