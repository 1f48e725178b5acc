import { useState } from 'react';
import {
  csvFileName,
  renderHistoryCsv,
  renderRatingsCsv,
  renderReportMarkdown,
  reportFileName,
  type ReportModel,
} from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import { downloadFile } from '../../ui/download';

type PdfState =
  | { state: 'idle' }
  | { state: 'working'; fraction: number; stage: string }
  | { state: 'error'; message: string };

/** Download the report as PDF, Markdown or CSV, or print it. */
export function ExportPanel({ report }: { report: ReportModel }) {
  const guide = usePlanner((s) => s.guide);
  const history = usePlanner((s) => s.history);
  const [pdf, setPdf] = useState<PdfState>({ state: 'idle' });
  const [done, setDone] = useState<string | null>(null);

  const exportPdf = async () => {
    setDone(null);
    setPdf({ state: 'working', fraction: 0, stage: 'Loading the PDF maker' });
    try {
      // The PDF library is large: it is fetched only when someone exports.
      const { renderReportPdf, reportPdfFileName } = await import('./pdf/renderReportPdf');
      const blob = await renderReportPdf(report, (fraction, stage) =>
        setPdf({ state: 'working', fraction, stage }),
      );
      downloadFile(blob, reportPdfFileName(report.date));
      setPdf({ state: 'idle' });
      setDone(`Saved ${reportPdfFileName(report.date)}.`);
    } catch (error) {
      setPdf({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const save = (content: string, name: string, type: string) => {
    downloadFile(content, name, type);
    setDone(`Saved ${name}.`);
  };

  return (
    <section className="card export-panel no-print" aria-labelledby="export-title">
      <h2 id="export-title">Export your report</h2>
      <p className="muted">Files are made in your browser and saved to your device; nothing is uploaded.</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={exportPdf}
          disabled={pdf.state === 'working'}
        >
          Download PDF
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            save(renderReportMarkdown(report), reportFileName('md', report.date), 'text/markdown')
          }
        >
          Download Markdown
        </button>
        <button
          type="button"
          className="button"
          onClick={() => save(renderRatingsCsv(report), csvFileName('ratings', report.date), 'text/csv')}
        >
          Download ratings (CSV)
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            save(renderHistoryCsv(guide, history), csvFileName('history', report.date), 'text/csv')
          }
        >
          Download history (CSV)
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <div role="status" aria-live="polite">
        {pdf.state === 'working' && (
          <div className="pdf-progress">
            <p>{pdf.stage}…</p>
            <progress max={1} value={pdf.fraction} aria-label="Making the PDF" />
          </div>
        )}
        {done && <p>{done}</p>}
      </div>
      {pdf.state === 'error' && (
        <p className="field__error" role="alert">
          The PDF could not be made ({pdf.message}). Your data is unchanged; try again, or use Markdown or
          Print.
        </p>
      )}
    </section>
  );
}
