/** Dismissed claims are browsing history of a sort: say what is kept, and let the reader clear it. */
import { useEffect, useState } from 'preact/hooks';

import { DISMISSED_DAYS } from '../../settings/dismissed';
import type { OptionsSource } from './source';

export function DismissedSection({ source }: { source: OptionsSource }) {
  const [pages, setPages] = useState<number | undefined>();
  useEffect(() => {
    void source.dismissedPages().then(setPages);
  }, [source]);

  const clear = async () => {
    await source.clearDismissed();
    setPages(0);
  };

  return (
    <section aria-labelledby="dismissed-title">
      <h2 id="dismissed-title">Dismissed claims</h2>
      <p>
        Claims you dismiss in the popup stay hidden on that page (its address without the part after “?” or “#”) for{' '}
        {DISMISSED_DAYS} days after your last change there. The list is kept on this device only
        {pages != null && (
          <>
            {' '}
            and now covers <span class="dismissed-pages">{pages}</span> {pages === 1 ? 'page' : 'pages'}
          </>
        )}
        .
      </p>
      <button type="button" onClick={() => void clear()} disabled={!pages}>
        Forget dismissed claims
      </button>
    </section>
  );
}
