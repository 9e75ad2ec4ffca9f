// The listing file boundary of `shoplint lint FILE` (cli/commands/lint.ts): readTable, then
// listingsFromTable, then the lint of every listing.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LISTING_COLUMNS, listingsFromTable } from './from-table';
import { lintListing } from '../engine/lint';
import { readTable } from '../tables/read';
import { anyCell, anyFile, fileOf, idCell, resultOrInputError, tableOf } from '../../test/hostile';

const DIR = new URL('../../test/fixtures/list/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));

describe('listingsFromTable (property)', () => {
  const FIXTURES = readdirSync(DIR).filter((name) => name.endsWith('.csv'));
  // The headers of the real product exports in the fixtures, and ours (CONTRACTS.md §1 lint).
  const headerLists = Promise.all(FIXTURES.map(async (name) => (await readTable(fixture(name), name)).headers.filter(Boolean))).then((lists) => [...lists, Object.values(LISTING_COLUMNS).map((names) => names[0])]);
  const isId = (header: string) => (LISTING_COLUMNS.id as readonly string[]).some((name) => name.toLowerCase() === header.toLowerCase());
  const MONEY: readonly string[] = [...LISTING_COLUMNS.price, ...LISTING_COLUMNS.compareAt, ...LISTING_COLUMNS.cost, ...LISTING_COLUMNS.industryAvg];
  const amount = fc.integer({ min: 1, max: 10_000_000_000 }).map((fen) => (fen / 100).toFixed(2));
  const cellFor = (header: string) =>
    isId(header) ? idCell : MONEY.includes(header) ? fc.oneof({ weight: 4, arbitrary: amount.map((cell) => ({ cell })) }, { weight: 1, arbitrary: anyCell }) : anyCell;

  it('any bytes, or hostile cells under a real header: listings and their lint, or InputError; every id one written in an id cell', async () => {
    const lists = await headerLists;
    const input = fc.oneof(
      anyFile.map((file) => ({ ...file, exact: false, ids: [] as (string | undefined)[][] })),
      tableOf(lists, cellFor).chain((table) => fileOf(table).map((file) => ({ ...file, ids: table.ids }))),
    );
    await fc.assert(
      fc.asyncProperty(input, async ({ bytes, file, exact, ids }) => {
        const listings = await resultOrInputError(async () => listingsFromTable(await readTable(bytes, file)));
        if (!listings) return;
        for (const listing of listings) lintListing(listing);
        if (!exact) return;
        const written = new Set(ids.flat().filter((id) => id !== undefined));
        for (const listing of listings) if (listing.id !== undefined) expect(written).toContain(listing.id);
      }),
      { numRuns: 200 },
    );
  });
});

describe('listingsFromTable: ids', () => {
  it('the blanks exports write (-, --, null, ="") are no id; an id given is exact', async () => {
    const table = await readTable(new TextEncoder().encode('商品ID,商品名称\n-,冰丝防晒衣\n--,T恤\nnull,连衣裙\n="",短裤\n="3701234567890123456",保温杯\n'), 'l.csv');
    expect(listingsFromTable(table).map((l) => l.id)).toEqual([undefined, undefined, undefined, undefined, '3701234567890123456']);
  });
});
