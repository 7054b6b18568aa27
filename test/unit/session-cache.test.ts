import { describe, expect, it } from 'vitest';
import { type SessionArea, SessionCache } from '../../src/background/session-cache.ts';
import type { PageResult } from '../../src/shared/protocol.ts';

// The worker's memory of storage.session over an in-memory area that counts its reads and can hold
// an answer back, to order a read against a write.

function fakeArea() {
  const items = new Map<string, unknown>();
  let reads = 0;
  let hold: Promise<void> | undefined;
  let failWrites = false;
  const area: SessionArea = {
    async get(key) {
      reads++;
      const value = items.get(key); // read now, answered when the hold is released
      await hold;
      return value === undefined ? {} : { [key]: value };
    },
    async set(entries) {
      if (failWrites) throw new Error('Session storage quota bytes exceeded.');
      for (const [key, value] of Object.entries(entries)) items.set(key, value);
    },
    async remove(key) {
      items.delete(key);
    },
  };
  return {
    area,
    items,
    reads: () => reads,
    holdReads(until: Promise<void>) {
      hold = until;
    },
    failWrites() {
      failWrites = true;
    },
  };
}

const page = (url: string) => ({ tabId: 1, url }) as PageResult;

describe('SessionCache', () => {
  it('reads storage once per key, then answers from memory', async () => {
    const fake = fakeArea();
    fake.items.set('tab:1', page('https://a.example/'));
    const cache = new SessionCache(fake.area);
    expect(await cache.get('tab:1')).toEqual(page('https://a.example/'));
    expect(await cache.get('tab:1')).toEqual(page('https://a.example/'));
    expect(await cache.get('tab:2')).toBeUndefined();
    expect(await cache.get('tab:2')).toBeUndefined();
    expect(fake.reads()).toBe(2);
  });

  it('knows what it wrote and what it removed without reading storage, and storage holds the same', async () => {
    const fake = fakeArea();
    const cache = new SessionCache(fake.area);
    await cache.set('tab:1', page('https://a.example/'));
    expect(await cache.get('tab:1')).toEqual(page('https://a.example/'));
    await cache.remove('tab:1');
    expect(await cache.get('tab:1')).toBeUndefined();
    expect(fake.reads()).toBe(0);
    expect(fake.items.has('tab:1')).toBe(false);
  });

  it('a restarted worker finds what the last one stored', async () => {
    const fake = fakeArea();
    await new SessionCache(fake.area).set('tab:1', page('https://a.example/'));
    expect(await new SessionCache(fake.area).get('tab:1')).toEqual(page('https://a.example/'));
  });

  it('a write made while storage answers a read is not undone by the older answer', async () => {
    const fake = fakeArea();
    let release = () => {};
    fake.holdReads(new Promise((resolve) => (release = resolve)));
    const cache = new SessionCache(fake.area);
    const reading = cache.get('tab:1'); // storage had nothing when it was read
    await cache.set('tab:1', page('https://a.example/'));
    release();
    expect(await reading).toBeUndefined();
    expect(await cache.get('tab:1')).toEqual(page('https://a.example/'));
  });

  it('forgets a value storage refused, so memory never holds more than storage', async () => {
    const fake = fakeArea();
    const cache = new SessionCache(fake.area);
    fake.failWrites();
    await expect(cache.set('tab:1', page('https://a.example/'))).rejects.toThrow(/quota/);
    expect(await cache.get('tab:1')).toBeUndefined();
    expect(fake.reads()).toBe(1);
  });
});
