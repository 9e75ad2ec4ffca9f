import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './schema';
import { LEGACY_KEYS, loadSettings, migrateStored } from './migrate';

// Each shape as main stored it before the settings became one value.
const V1_SETTINGS = {
  version: 1,
  words: { banned: ['我的禁词'], allowed: ['最佳拍档'], brands: ['竞品牌'], ownBrands: ['第一夫人'], core: ['防晒衣'], attribute: ['冰丝'], scene: ['骑行'] },
  rules: { taobao: { 'title-length': { options: { min: 40 } } }, tmall: { 'title-symbols': { severity: 'info' } }, douyin: { 'title-missing-scene': 'off' } },
};
const SHOP_SETTINGS = {
  capture: true,
  qianniuPlatform: 'tmall',
  dailyGmvTarget: 5000,
  notify: false,
  alerts: { 'slow-mover': 'off', 'stock-below-safety': { options: { replenishDays: 5 } } },
};
const PROFILES = {
  'shopProfile.taobao': { promos: ['满200减30', '店铺券30'], cost: 80, minMargin: 0.2 },
  'shopProfile.tmall': { promos: ['8折'] },
  'shopProfile.douyin': { promos: [], cost: 12.5 },
};

describe('migrateStored', () => {
  it('finds every value of every old key in the new settings', () => {
    const { settings, notice, migrated } = migrateStored({ settings: V1_SETTINGS, shopSettings: SHOP_SETTINGS, ...PROFILES });
    expect(notice).toBeUndefined();
    expect(migrated).toBe(true);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.words).toEqual(V1_SETTINGS.words);
    expect(settings.rules).toEqual(V1_SETTINGS.rules);
    expect(settings.shop).toEqual(SHOP_SETTINGS);
    expect(settings.profiles).toEqual({ taobao: PROFILES['shopProfile.taobao'], tmall: PROFILES['shopProfile.tmall'], douyin: PROFILES['shopProfile.douyin'] });
  });

  it('migrates the legacy keys alone (no settings value yet)', () => {
    const { settings, migrated } = migrateStored({ shopSettings: { capture: true }, 'shopProfile.tmall': { promos: ['店铺券10'] } });
    expect(migrated).toBe(true);
    expect(settings.shop.capture).toBe(true);
    expect(settings.profiles.tmall.promos).toEqual(['店铺券10']);
    expect(settings.words).toEqual(DEFAULT_SETTINGS.words);
  });

  it('has nothing to migrate when only current settings are stored', () => {
    const current = { ...DEFAULT_SETTINGS, shop: { ...DEFAULT_SETTINGS.shop, capture: true } };
    expect(migrateStored({ settings: current })).toEqual({ settings: current, migrated: false });
    expect(migrateStored({})).toEqual({ settings: DEFAULT_SETTINGS, migrated: false });
  });

  it('resets only the broken old key, with a notice naming it', () => {
    const { settings, notice } = migrateStored({ settings: V1_SETTINGS, 'shopProfile.douyin': { promos: 'not a list' }, ...{ 'shopProfile.tmall': PROFILES['shopProfile.tmall'] } });
    expect(settings.profiles.douyin).toEqual({ promos: [] });
    expect(settings.profiles.tmall).toEqual(PROFILES['shopProfile.tmall']);
    expect(settings.words).toEqual(V1_SETTINGS.words);
    expect(notice?.en).toMatch(/shopProfile\.douyin\.promos/);
  });

  it('names every legacy key', () => {
    expect(LEGACY_KEYS).toEqual(['shopSettings', 'shopProfile.taobao', 'shopProfile.tmall', 'shopProfile.douyin']);
  });
});

describe('loadSettings', () => {
  it('keeps the good parts of a partly broken value', () => {
    const { settings, notice } = loadSettings({ ...DEFAULT_SETTINGS, words: { banned: ['词'] }, profiles: { taobao: { promos: [1] }, tmall: { promos: ['8折'] } } });
    expect(settings.words.banned).toEqual(['词']);
    expect(settings.profiles.tmall.promos).toEqual(['8折']);
    expect(settings.profiles.taobao).toEqual({ promos: [] });
    expect(notice?.zh).toMatch(/profiles\.taobao\.promos/);
  });
  it('falls back to defaults with a notice for a foreign value', () => {
    for (const foreign of ['text', 42, [1, 2], { hello: 'world' }, { version: 'two' }]) {
      const { settings, notice } = loadSettings(foreign);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(notice?.en, JSON.stringify(foreign)).toMatch(/could not be read/);
    }
  });
});
