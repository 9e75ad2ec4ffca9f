// The subcommands, one file each.
import type { Command } from '../command';
import { alerts } from './alerts';
import { critique } from './critique';
import { lint } from './lint';
import { page } from './page';
import { price } from './price';

export const commands: Command[] = [alerts, critique, lint, page, price];
