import type { DateInput, DraftDocument } from '../ingest/extraction-format.js';

/**
 * An article as an extraction engine receives it: plain text (the text every quote is checked against)
 * and whatever metadata the file or the command line gave.
 */
export interface ArticleSource {
  /** plain text, paragraphs separated by a blank line; becomes the draft's article.text unchanged */
  text: string;
  title?: string;
  author?: string;
  publisher?: string;
  url?: string;
  publishedAt?: DateInput;
  /** a file name or other label for messages */
  source: string;
}

/** An entity the graph already holds, as a gazetteer answers it. */
export interface KnownEntity {
  id: string;
  name: string;
  aliases: string[];
  type: 'PERSON' | 'ORGANISATION' | 'PLACE' | 'EVENT';
  /** an organisation's kind */
  kind?: string;
}

/**
 * The graph's own names, for an engine to find entities the NLP does not know and to say which stored
 * entity a name may be. `lookup` takes candidate names found in the text and answers, per name, the
 * stored entities the ingest's resolution rules match it to (possibly none).
 */
export interface Gazetteer {
  lookup(names: readonly string[]): Promise<KnownEntity[][]>;
}

export interface ExtractContext {
  gazetteer?: Gazetteer;
  /** long work reports how far it is: `done` of `total` parts */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface ExtractionResult {
  /** a kg-extraction/2 document: every quote a verbatim substring of article.text, with draft notes */
  draft: DraftDocument;
}

/** An extraction engine turns an article into a draft; it never writes to the graph. */
export interface ExtractionEngine {
  readonly name: string;
  extract(article: ArticleSource, context: ExtractContext): Promise<ExtractionResult>;
}
