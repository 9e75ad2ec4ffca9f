// An in-memory database for the command line and tests: the same schema and code over fake-indexeddb.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openShopDb, type ShopDb } from './schema';

export function memoryShopDb(): ShopDb {
  return openShopDb('shoplint-memory', { indexedDB: new IDBFactory(), IDBKeyRange });
}
