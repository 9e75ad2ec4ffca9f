// The options page's handle on the shop database (background, popup and options are the only openers).
import { openShopDb } from '@/lib/db/schema';

export const db = openShopDb();
