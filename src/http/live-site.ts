// The static parts a running server answers with, replaceable as a whole when it switches to another build's store.
import type { SiteData } from './site-data.js';

/**
 * Holds the {@link SiteData} of the build being served. {@link replace} hands a newer build's parts to every app
 * serving from this holder (createApp), which then answers new requests from them; requests already running finish
 * with the parts they started with.
 */
export class LiveSite {
  private readonly listeners = new Set<(site: SiteData) => void>();

  constructor(private site: SiteData) {}

  /** The parts new requests are answered from. */
  get current(): SiteData {
    return this.site;
  }

  /** Makes `site` current and tells the apps, synchronously (a store switch calls this in the step that switches). */
  replace(site: SiteData): void {
    this.site = site;
    for (const listener of this.listeners) listener(site);
  }

  /** Calls `listener` on every later {@link replace}; returns what stops it. */
  onReplace(listener: (site: SiteData) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
