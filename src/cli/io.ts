/**
 * What the CLI talks to, and how it writes: the streams (the process's own,
 * or fakes in tests), the tool's name, and one write that turns every stream
 * failure (a full disk, a closed pipe) into a one-line error.
 */

/** The streams the CLI talks to. */
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

/** Writing the report failed: the message is fit to show as `gutcheck: cannot write …: message`. */
export class OutputError extends Error {
  /** The reader of a pipe left early (`gutcheck audit … | head`): stop, but say nothing. */
  readonly quiet: boolean;
  constructor(message: string, code?: string) {
    super(message);
    this.quiet = code === 'EPIPE';
  }
}

/**
 * Writes `text` and waits until the stream has taken it (so backpressure holds
 * memory flat when streaming). Rejects with an OutputError, never a raw errno.
 */
export function writeText(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // The callback runs once the stream has handed the text on (or failed):
    // waiting for it is the backpressure that keeps streamed output in bounded memory.
    stream.write(text, (e?: Error | null) => {
      if (e) reject(new OutputError(describeWriteError(e as NodeJS.ErrnoException), (e as NodeJS.ErrnoException).code));
      else resolve();
    });
  });
}

function describeWriteError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EPIPE':
      return 'the reader closed the pipe';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such folder';
    case 'EISDIR':
      return 'is a folder';
    case 'EDQUOT':
      return 'disk quota exceeded';
    default:
      return e.code ? `write failed (${e.code})` : e.message;
  }
}
