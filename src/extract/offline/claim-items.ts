import type { DraftDocument } from '../../ingest/extraction-format.js';
import type { ActorPhrase, Speaker } from './claims.js';
import type { DraftKeys } from './draft-keys.js';
import type { FoundEntity } from './group-entities.js';
import { caselessName } from './group-entities.js';
import { noteOf, quotesFor } from './entity-items.js';
import { sentenceAt, type Sentence } from './text-units.js';

type DraftActor = NonNullable<DraftDocument['actors']>[number];

/**
 * The keys a draft's claims refer to: entities by their found entity, unnamed actors by what the text
 * calls them ("his supporters" twice is one actor). Actors become draft items only when something cites
 * them, so the draft holds no actor that says nothing.
 */
export class ClaimKeys {
  private readonly actors = new Map<string, { key: string; description: string; phrases: ActorPhrase[] }>();

  constructor(
    private readonly keys: DraftKeys,
    private readonly entityKeys: Map<FoundEntity, string>,
  ) {}

  entity(entity: FoundEntity): string {
    return this.entityKeys.get(entity)!;
  }

  speaker(speaker: Speaker | undefined): string | undefined {
    if (!speaker) return undefined;
    if ('entity' in speaker) return this.entity(speaker.entity.entity);
    const folded = caselessName(speaker.actor.description).replace(/^(his|her|their|the|its) /, '');
    const known = this.actors.get(folded) ?? { key: this.keys.next(folded), description: speaker.actor.description, phrases: [] };
    known.phrases.push(speaker.actor);
    this.actors.set(folded, known);
    return known.key;
  }

  actorItems(text: string, sentences: readonly Sentence[]): DraftActor[] {
    return [...this.actors.values()].map(({ key, description, phrases }) => {
      const spans = phrases.map((p) => ({ ...p, sentence: sentenceAt(sentences, p.start)!.index }));
      return {
        key,
        description,
        mentions: quotesFor(text, sentences, spans),
        draft: noteOf(0.5, phrases, 'the subject of a reporting verb'),
      };
    });
  }
}
