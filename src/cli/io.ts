/** What the command line talks to: kept apart from run.ts so audit.ts can name it without an import cycle. */

/** The streams the CLI talks to (the process's own, or fakes in tests). */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Name and version written into every report. */
export interface Tool {
  name: string;
  version: string;
}
