/**
 * Page text is untrusted, and a terminal obeys escape sequences: OSC 52
 * writes the clipboard, CSI 2J clears the screen, a bare CR overwrites a
 * line. Everything page-derived that reaches a terminal goes through here.
 */

// C0 controls except tab and newline, DEL, C1 controls (U+009B is a one-byte
// CSI on some terminals), and the bidi overrides that reorder what is shown.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_CRLF = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// Whole sequences go first, so no parameters are left behind as stray text:
// OSC (to BEL or ST), CSI (7-bit and the C1 byte), and two-byte ESC sequences.
const SEQUENCES =
  // eslint-disable-next-line no-control-regex
  /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;

/** `s` without escape sequences or control characters (tab and newline stay). */
export function stripControls(s: string): string {
  return s.replace(SEQUENCES, '').replace(CONTROLS, '');
}

/** A whole report bound for a terminal: as stripControls, but CRLF line ends (CSV) stay. */
export function forTerminal(text: string): string {
  return text.replace(SEQUENCES, '').replace(CONTROLS_BUT_CRLF, '');
}
