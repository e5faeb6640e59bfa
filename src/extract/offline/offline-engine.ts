import { ExtractionError } from '../../domain/errors.js';
import type { ExtractionEngine } from '../engine.js';

/** PLACEHOLDER: being written. */
export const offlineEngine: ExtractionEngine = {
  name: 'offline',
  extract: () => Promise.reject(new ExtractionError('the offline engine is not built yet')),
};
