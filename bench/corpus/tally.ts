import { entityIdFor } from '../../src/domain/ids.js';
import type { GeneratedDocument } from './article.js';

type EntityType = 'PERSON' | 'ORGANISATION' | 'PLACE' | 'EVENT';

/**
 * What a corpus should become once ingested, counted while it is generated: distinct entities by type,
 * distinct claims (a claim is its type, ends, role and status, as in relationshipIdFor), citations and
 * mentions, and each entity's number of claims, from which the benchmark picks its hub and ordinary
 * entities. The counts are checked against the stores after loading.
 */
export class CorpusTally {
  articles = 0;
  citations = 0;
  mentions = 0;
  private readonly entities = new Map<string, { type: EntityType; name: string }>();
  private readonly claims = new Set<string>();
  private readonly degree = new Map<string, number>();

  get entityCount(): number {
    return this.entities.size;
  }

  add(doc: GeneratedDocument): void {
    this.articles++;
    for (const e of doc.entities) if (!this.entities.has(e.key)) this.entities.set(e.key, { type: e.type as EntityType, name: e.name });
    for (const e of doc.events) if (!this.entities.has(e.key)) this.entities.set(e.key, { type: 'EVENT', name: e.name });
    this.mentions += doc.entities.length + doc.events.length;
    const claim = (type: string, from: string, to: string, role: string, status: string) => {
      this.citations++;
      const id = `${type}|${from}|${to}|${role}|${status}`;
      if (this.claims.has(id)) return;
      this.claims.add(id);
      this.degree.set(from, (this.degree.get(from) ?? 0) + 1);
      this.degree.set(to, (this.degree.get(to) ?? 0) + 1);
    };
    for (const r of doc.relationships) claim(r.type, r.from, r.to, '', r.status);
    for (const e of doc.events) {
      for (const p of e.participants) claim('PARTICIPATED_IN', p.entity, e.key, p.role, p.status);
      claim('TOOK_PLACE_IN', e.key, e.place, '', 'REPORTED');
    }
  }

  /** The stored id of an entity, from the canonical name it is first named by. */
  idOf(key: string): string {
    const e = this.entities.get(key)!;
    return entityIdFor(e.type, e.name);
  }

  /** Entities of a type by number of claims, most first (ties by key, so the order is stable). */
  ranked(type: EntityType): Array<{ key: string; id: string; name: string; degree: number }> {
    return [...this.entities]
      .filter(([, e]) => e.type === type)
      .map(([key, e]) => ({ key, id: this.idOf(key), name: e.name, degree: this.degree.get(key) ?? 0 }))
      .sort((a, b) => b.degree - a.degree || a.key.localeCompare(b.key));
  }

  summary() {
    const byType: Record<EntityType, number> = { PERSON: 0, ORGANISATION: 0, PLACE: 0, EVENT: 0 };
    for (const e of this.entities.values()) byType[e.type]++;
    // a loop, not Math.max(...degrees): a million arguments overflow the stack
    let maxDegree = 0;
    for (const d of this.degree.values()) maxDegree = Math.max(maxDegree, d);
    return {
      articles: this.articles,
      entities: this.entities.size,
      byType,
      relationships: this.claims.size,
      citations: this.citations,
      mentions: this.mentions,
      maxDegree,
    };
  }
}
