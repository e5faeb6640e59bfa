import { slugOf } from '../../ingest/ids.js';

/** Document-local keys, readable and unique: "sergei-duvanov", "sergei-duvanov-2". */
export class DraftKeys {
  private readonly used = new Set<string>();

  next(name: string): string {
    const slug = slugOf(name).replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 50) || 'item';
    let key = slug;
    for (let n = 2; this.used.has(key); n++) key = `${slug}-${n}`;
    this.used.add(key);
    return key;
  }
}
