// The subcommands, one file each, loaded only when run: `shoplint --help` reads this list alone, and a
// command imports only what it uses (the engine, the spreadsheet readers, linkedom).
import type { Command } from '../command';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: 'alerts', summary: 'shop alerts (stock, orders, refunds, traffic) and key numbers from exported files', load: async () => (await import('./alerts')).alerts },
  { name: 'critique', summary: 'critique a saved product detail page (Taobao, Tmall, 抖音商城)', load: async () => (await import('./critique')).critique },
  { name: 'lint', summary: 'check listing titles and prices (广告法, title score, price rules)', load: async () => (await import('./lint')).lint },
  { name: 'page', summary: 'say what ShopLint understands of a saved seller page (editor, product list, order list, product page)', load: async () => (await import('./page')).page },
  { name: 'price', summary: 'what the buyer pays after stacked promotions (满减, 券, 折), and the price rules', load: async () => (await import('./price')).price },
];
