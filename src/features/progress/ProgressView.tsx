import { usePlanner } from '../../state/PlannerStoreContext';
import { Loading } from '../../ui/Loading';
import { CheckIns } from './CheckIns';
import { CompareRatings } from './CompareRatings';
import { MetricCard } from './MetricCard';
import { ProgressCharts } from './ProgressCharts';
import './progress.css';

/** How the person has grown: readiness and categories over time, check-ins, comparisons, metrics. */
export default function ProgressView() {
  const guide = usePlanner((s) => s.guide);
  const historyLength = usePlanner((s) => s.history.length);
  const historyLoaded = usePlanner((s) => s.historyLoaded);
  if (!historyLoaded) return <Loading>Reading your history…</Loading>;
  return (
    <section aria-labelledby="progress-title" className="progress">
      <h1 id="progress-title">Your progress</h1>
      {historyLength === 0 ? (
        <section className="card empty-state" aria-labelledby="progress-empty-title">
          <h2 id="progress-empty-title">Your history starts with your first rating</h2>
          <p>
            Every rating you set is remembered with its date, so this page can show how your readiness and
            skills change over time. Rate a few skills to begin.
          </p>
          <a className="button button--primary" href="#/skills">
            Rate my skills
          </a>
        </section>
      ) : (
        <section aria-labelledby="over-time-title">
          <h2 id="over-time-title">Over time</h2>
          <div className="progress__charts">
            <ProgressCharts />
          </div>
        </section>
      )}
      <div className="progress__grid">
        <CheckIns />
        <CompareRatings />
      </div>
      {guide.portfolioMetrics.length > 0 && (
        <section aria-labelledby="metrics-title">
          <h2 id="metrics-title">Portfolio metrics</h2>
          <p className="muted">
            The guide suggests keeping these figures as evidence of your work. Log them as they come in; they
            go into your progress report.
          </p>
          <div className="progress__grid">
            {guide.portfolioMetrics.map((metric) => (
              <MetricCard key={metric.id} metric={metric} />
            ))}
          </div>
        </section>
      )}
    </section>
  );
}
