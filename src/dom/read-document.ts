/**
 * A whole tree read at once into what the engine takes: the walk the content
 * script uses (text-extract.ts), run to the end over `root`. The CLI calls
 * it on documents parsed by linkedom, so a page is read the same way in the
 * browser and on the command line.
 */
import { countWords } from '../shared/words';
import { documentOf, type BuiltDocument } from './document-input';
import { TextWalk } from './text-extract';

export interface ReadDocument extends BuiltDocument {
  /** Words of visible text. */
  words: number;
}

/** Reads all the visible text under `root` (an element or a document) into one document of its blocks. */
export function readDocument(root: Node): ReadDocument {
  const walk = new TextWalk(root);
  walk.step();
  return { ...documentOf(walk.text, walk.blocks), words: countWords(walk.text) };
}
