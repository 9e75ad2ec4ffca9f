// The popup's handle on the shop database (the popup and the background are the only openers).
import { openShopDb } from '@/lib/db/schema';

export const db = openShopDb();
