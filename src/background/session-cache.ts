import type { PageResult } from '../shared/protocol.ts';

// The per-tab summaries live in storage.session, which outlives the worker; a copy in the worker's
// memory spares a warm worker the storage round trip on each click. The worker is the only writer of
// these keys, so its memory stays true for as long as it lives; a restarted worker starts empty and
// reads storage again.

/** The part of storage.session the cache uses. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const ABSENT = null;

export class SessionCache {
  /** A key's value, or ABSENT when storage is known to hold nothing for it; no entry: not known. */
  private readonly known = new Map<string, PageResult | typeof ABSENT>();

  constructor(private readonly area: SessionArea) {}

  async get(key: string): Promise<unknown> {
    const known = this.known.get(key);
    if (known !== undefined) return known ?? undefined;
    const stored = (await this.area.get(key))[key];
    // A set or remove made while storage answered is newer than the answer.
    if (!this.known.has(key)) this.known.set(key, (stored as PageResult | undefined) ?? ABSENT);
    return stored;
  }

  /** Memory first, in call order, so it matches the order storage applies the writes in. */
  async set(key: string, value: PageResult): Promise<void> {
    this.known.set(key, value);
    try {
      await this.area.set({ [key]: value });
    } catch (error) {
      // Not stored (quota): forget it, or memory would keep what storage refused.
      if (this.known.get(key) === value) this.known.delete(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    this.known.set(key, ABSENT);
    await this.area.remove(key);
  }
}
