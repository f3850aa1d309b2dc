/** The popup's non-list states: loading, nothing found, paused, unreadable page, error. */
export type StatusKind =
  'loading' | 'empty' | 'paused-site' | 'paused-everywhere' | 'paused-page' | 'unreachable' | 'error';

const TEXT: Record<StatusKind, { title: string; body: string }> = {
  loading: { title: 'Checking this page…', body: 'Reading the page’s text for gut-health claims.' },
  empty: { title: 'No gut-health claims found', body: 'Nothing on this page matched a gut-health claim.' },
  'paused-site': {
    title: 'Paused on this site',
    body: 'Gut Check is not marking claims on this site. Untick “Pause on” above to resume.',
  },
  'paused-everywhere': {
    title: 'Paused everywhere',
    body: 'Gut Check is switched off on every site. Untick “Pause everywhere” above to resume.',
  },
  'paused-page': {
    title: 'Highlights are off on this page',
    body: 'They were turned off with the keyboard shortcut. Press it again on the page to turn them back on.',
  },
  unreachable: {
    title: 'Gut Check can’t read this page',
    body: 'Browser pages, extension stores and PDF files are closed to extensions. Try an ordinary web page.',
  },
  error: { title: 'Something went wrong', body: 'The page did not answer.' },
};

interface Props {
  kind: StatusKind;
  message?: string;
  onRetry?: () => void;
}

export function PopupStatus({ kind, message, onRetry }: Props) {
  const { title, body } = TEXT[kind];
  return (
    <section class="status" data-state={kind} role="status" aria-live="polite">
      <h2>{title}</h2>
      <p class="gc-muted">{message ?? body}</p>
      {kind === 'error' && onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}
