import type { ArticleRecord } from '../../domain/entity.js';

/**
 * An article as the API hands it on: whole (by id, in a page), without its text (a citation's article), or
 * only its id (a citation's article where nothing else is selected). A field the object lacks is loaded
 * then, so every shape answers every field; Citation.article picks the shape from the selection, so in
 * practice nothing is loaded twice.
 */
export type ArticleView = Pick<ArticleRecord, 'id'> & Partial<ArticleRecord>;
