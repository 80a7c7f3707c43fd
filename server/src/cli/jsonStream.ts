/**
 * A JSON document with one array written element by element, as `JSON.stringify(document, null, 2)`
 * would print it, so that output of any length needs neither the elements kept nor one string
 * holding them all. `write` prints one line (the command line's stdout adds the line break).
 */

/** Stands for the elements in the skeleton; it cannot occur in the document's own strings. */
const MARK = '\u0000elements\u0000';
const MARK_JSON = JSON.stringify(MARK);

export class JsonArrayWriter {
  private readonly head: string;
  private readonly tail: string;
  private readonly indent: string;
  private pending: string | undefined;
  private started = false;

  /** `document` with an empty array at `at` (a path of keys and indexes; empty for the document itself). */
  constructor(
    private readonly write: (line: string) => void,
    document: unknown,
    at: readonly (string | number)[],
  ) {
    const skeleton = at.length === 0 ? [MARK] : structuredClone(document);
    if (at.length > 0) {
      let node = skeleton as Record<string | number, unknown>;
      for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[at[at.length - 1]!] = [MARK];
    }
    const text = JSON.stringify(skeleton, null, 2);
    const mark = text.indexOf(MARK_JSON);
    const lineStart = text.lastIndexOf('\n', mark) + 1;
    this.indent = text.slice(lineStart, mark);
    this.head = text.slice(0, lineStart - 1);
    this.tail = text.slice(mark + MARK_JSON.length + 1);
  }

  push(element: unknown): void {
    if (!this.started) {
      this.write(this.head);
      this.started = true;
    }
    if (this.pending !== undefined) this.write(this.pending + ',');
    this.pending = this.indent + JSON.stringify(element, null, 2).replace(/\n/g, '\n' + this.indent);
  }

  end(): void {
    if (!this.started) {
      // No element: `[]`, as JSON.stringify prints an empty array.
      this.write(this.head + this.tail.slice(this.tail.indexOf(']')));
      return;
    }
    if (this.pending !== undefined) this.write(this.pending);
    this.write(this.tail);
  }
}
