import type { SynthEvent } from './events.js';
import type { SynthOrg, SynthPerson, SynthPlace } from './population.js';
import type { Random } from './random.js';

type Synth = SynthPerson | SynthOrg | SynthPlace;
const isPerson = (e: Synth): e is SynthPerson => 'role' in e;
const isOrg = (e: Synth): e is SynthOrg => 'kind' in e;

interface Claim {
  type: string;
  from: string;
  to: string;
  status: string;
  quotes: string[];
}

/**
 * Writes one article: its text sentence by sentence, and the extraction document whose quotes are those
 * sentences (so every quote is verbatim). An entity is named the first time by its canonical spelling
 * (the stored name and the id come from it), later often by a variant; its first sentence is its mention.
 */
export class ArticleWriter {
  private readonly sentences: string[] = [];
  private readonly shown = new Map<string, { entity: Synth; display: string; aliases: string[]; mention: string | null }>();
  private readonly claims = new Map<string, Claim>();
  private readonly events: SynthEvent[] = [];
  private readonly eventMentions = new Map<string, string>();
  private readonly participationQuotes = new Map<string, string>();

  constructor(
    private readonly random: Random,
    private readonly seen: Set<string>,
  ) {}

  /** The name this article uses for an entity (decided once per article). */
  nameOf(entity: Synth): string {
    let shown = this.shown.get(entity.key);
    if (!shown) {
      const variants = isOrg(entity) ? [] : entity.variants;
      const first = !this.seen.has(entity.key);
      this.seen.add(entity.key);
      const display = first || variants.length === 0 || this.random.chance(0.7) ? entity.name : this.random.pick(variants);
      const others = [entity.name, ...variants].filter((v) => v !== display);
      const aliases = isOrg(entity) ? entity.aliases : others.length > 0 && this.random.chance(0.15) ? [this.random.pick(others)] : [];
      shown = { entity, display, aliases, mention: null };
      this.shown.set(entity.key, shown);
    }
    return shown.display;
  }

  /** Adds a sentence; it is the mention of every entity named in it that has none yet. */
  say(sentence: string, ...entities: Synth[]): string {
    this.sentences.push(`${sentence}.`);
    for (const e of entities) {
      const shown = this.shown.get(e.key)!;
      shown.mention ??= sentence;
    }
    return sentence;
  }

  claim(type: string, from: Synth, to: Synth, status: string, sentence: string): void {
    if (from.key === to.key) return;
    const [a, b] = type === 'FRIEND_OF' && to.key < from.key ? [to, from] : [from, to];
    const id = `${type}|${a.key}|${b.key}|${status}`;
    if (this.claims.has(id)) return;
    const quote = this.say(sentence, from, to);
    this.claims.set(id, { type, from: a.key, to: b.key, status, quotes: [quote] });
  }

  event(event: SynthEvent, sentence: string, participantsSentence: string): void {
    if (this.events.some((e) => e.key === event.key)) return;
    this.events.push(event);
    this.eventMentions.set(event.key, this.say(sentence, event.place, ...event.participants.map((p) => p.who)));
    this.participationQuotes.set(event.key, this.say(participantsSentence, ...event.participants.map((p) => p.who)));
  }

  filler(sentence: string): void {
    this.sentences.push(sentence);
  }

  document(article: {
    title: string;
    url: string;
    author: string;
    publisher: string;
    publishedAt: { year: number; month: number; day: number };
  }) {
    // entities named only in passing still need a mention
    for (const shown of this.shown.values()) shown.mention ??= this.say(`${shown.display} was also mentioned`, shown.entity);
    const paragraphs: string[] = [];
    for (let i = 0; i < this.sentences.length; i += 4) paragraphs.push(this.sentences.slice(i, i + 4).join(' '));
    return {
      format: 'kg-extraction/1' as const,
      article: { ...article, text: `${article.title}\n\n${paragraphs.join('\n\n')}\n` },
      entities: [...this.shown.values()].map(({ entity, display, aliases, mention }) => ({
        key: entity.key,
        type: isPerson(entity) ? 'PERSON' : isOrg(entity) ? 'ORGANISATION' : 'PLACE',
        name: display,
        aliases,
        ...(isPerson(entity) ? { roles: [entity.role] } : isOrg(entity) ? { kind: entity.kind } : {}),
        mentions: [mention!],
      })),
      events: this.events.map((e) => ({
        key: e.key,
        name: e.name,
        aliases: [],
        mentions: [this.eventMentions.get(e.key)!],
        date: e.date,
        place: e.place.key,
        participants: e.participants.map((p) => ({
          entity: p.who.key,
          role: p.role,
          status: 'REPORTED',
          quotes: [this.participationQuotes.get(e.key)!],
        })),
      })),
      relationships: [...this.claims.values()],
    };
  }
}

export type GeneratedDocument = ReturnType<ArticleWriter['document']>;
