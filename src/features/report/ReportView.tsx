import { usePlanner } from '../../state/PlannerStoreContext';
import { Loading } from '../../ui/Loading';
import { ExportPanel } from './ExportPanel';
import { ReportDocument } from './ReportDocument';
import { useReport } from './useReport';
import './report.css';

/** The progress report: a preview that prints cleanly, and the exports. Loaded on demand. */
export default function ReportView() {
  const historyLoaded = usePlanner((s) => s.historyLoaded);
  if (!historyLoaded) return <Loading>Reading your history…</Loading>;
  return <LoadedReportView />;
}

function LoadedReportView() {
  const report = useReport();
  return (
    <section aria-labelledby="report-view-title" className="report-view">
      <h1 id="report-view-title" className="no-print">
        Progress report
      </h1>
      <ExportPanel report={report} />
      <ReportDocument report={report} />
    </section>
  );
}
