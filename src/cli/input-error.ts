/** A problem with the input itself, not a bug: shown as `source: message`, never as a stack. */
export class InputError extends Error {}
