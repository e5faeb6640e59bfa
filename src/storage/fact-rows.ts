// fact rows are part of what a change set writes; their home is src/domain/fact-rows.ts
export * from '../domain/fact-rows.js';
