/**
 * The engine's public API: the background worker, the popup, the CLI and
 * the tests all call `createEngine(index).analyzeDocument(doc)` (or
 * `analyze(text)` for plain text, read into blocks by blank lines and list
 * markers). See analyze-document.ts for the pipeline.
 */
import {
  createDocumentAnalyzer,
  type AnalyzeOptions,
  type DocumentAnalysis,
  type EngineModel,
} from './analyze-document';
import { blocksFromText } from './blocks-from-text';
import defaultModel from './model/weights.json' with { type: 'json' };
import type { ClaimsIndex, DocumentInput } from './types';

export type * from './types';
export type { AnalyzeOptions, DocumentAnalysis, EngineModel, TracedClause } from './analyze-document';

export interface Engine {
  /** Every gut-health claim in a plain text (blocks from its layout), with offsets into `text`. */
  analyze(text: string, options?: AnalyzeOptions): DocumentAnalysis;
  /** Every gut-health claim in the document's non-context blocks, with offsets into `doc.text`. */
  analyzeDocument(doc: DocumentInput, options?: AnalyzeOptions): DocumentAnalysis;
}

/** The shipped model (trained by `npm run engine:train`). */
export const DEFAULT_MODEL = defaultModel as unknown as EngineModel;

export function createEngine(index: ClaimsIndex, model: EngineModel = DEFAULT_MODEL): Engine {
  const analyzer = createDocumentAnalyzer(index, model);
  return {
    analyzeDocument: (doc, options) => analyzer.analyzeDocument(doc, options),
    analyze: (text, options) => analyzer.analyzeDocument({ text, blocks: blocksFromText(text) }, options),
  };
}

export { blocksFromText };
