import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings } from './schema';

describe('loadSettings', () => {
  it('gives the defaults when nothing is stored, without a notice', () => {
    expect(loadSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
  });
  it('keeps valid settings and fills what is missing', () => {
    const { settings, notice } = loadSettings({ version: 1, words: { banned: ['我的词'] } });
    expect(notice).toBeUndefined();
    expect(settings.words.banned).toEqual(['我的词']);
    expect(settings.words.allowed).toEqual([]);
    expect(settings.rules.douyin).toEqual({});
  });
  it('resets the broken part with a notice naming what is wrong', () => {
    const { settings, notice } = loadSettings({ version: 1, words: { banned: 'not a list' } });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice?.zh).toMatch(/words\.banned/);
  });
  it('says so when the settings come from a newer version', () => {
    expect(loadSettings({ version: 9 }).notice?.en).toMatch(/newer version \(v9\)/);
  });
  it('accepts rule switches and options per platform', () => {
    const { settings } = loadSettings({ version: 1, rules: { taobao: { 'title-length': { options: { min: 40 } } }, douyin: { 'title-missing-scene': 'off' } } });
    expect(settings.rules.douyin['title-missing-scene']).toBe('off');
  });
});
