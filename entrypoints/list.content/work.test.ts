import { afterEach, describe, expect, it } from 'vitest';
import { measureSince, timed, WORK_MEASURE } from './work';

const slices = () => performance.getEntriesByName(WORK_MEASURE).map((e) => (e as PerformanceMeasure).detail as string);

describe('timed', () => {
  afterEach(() => performance.clearMeasures(WORK_MEASURE));

  it('records one slice per outermost call, so nested work is not counted twice', () => {
    expect(timed('read', () => timed('place', () => 7))).toBe(7);
    timed('place', () => undefined);
    expect(slices()).toEqual(['read', 'place']);
  });

  it('records the slice of work that throws, and keeps counting after it', () => {
    expect(() => timed('send', () => { throw new Error('gone'); })).toThrow('gone');
    timed('read', () => timed('card', () => undefined));
    expect(slices()).toEqual(['send', 'read']);
  });

  it('measures start-up from a given time', () => {
    const start = performance.now();
    measureSince('start', start);
    const [entry] = performance.getEntriesByName(WORK_MEASURE);
    expect(entry!.startTime).toBe(start);
    expect((entry as PerformanceMeasure).detail).toBe('start');
  });
});
