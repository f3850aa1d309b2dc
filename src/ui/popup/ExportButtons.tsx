/** One button per export format; files are made in the popup and saved through the downloads API. */
import { EXPORT_FORMATS, type ExportFormat } from './export';

export function ExportButtons({ onExport, status }: { onExport: (format: ExportFormat) => void; status: string }) {
  return (
    <section class="exports" aria-labelledby="exports-title">
      <div class="export-row">
        <h2 id="exports-title">Export</h2>
        <div class="export-buttons">
          {EXPORT_FORMATS.map(({ format, label }) => (
            <button
              key={format}
              type="button"
              data-format={format}
              aria-label={`Export this page’s audit as ${label}`}
              onClick={() => onExport(format)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      <p class="gc-muted export-status" role="status">
        {status}
      </p>
    </section>
  );
}
