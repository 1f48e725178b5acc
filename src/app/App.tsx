import { lazy, Suspense, useEffect, useState } from 'react';
import { createPlannerStore, type PlannerStore } from '../state/plannerStore';
import { PlannerStoreProvider, usePlanner } from '../state/PlannerStoreContext';
import { openPlannerStorage, StorageUnavailableError, type PlannerStorage } from '../storage/plannerStorage';
import { classifyStorageError } from '../storage/errors';
import { SkillMapView } from '../features/skill-map/SkillMapView';
import { ProfileForm } from '../features/profile/ProfileForm';
import { AppShell } from './AppShell';
import { loadDefaultGuide } from './defaultGuide';
import { StorageBanner } from './StorageBanner';
import { useHashRoute } from './useHashRoute';
import { Loading } from '../ui/Loading';

const RoleOverview = lazy(() => import('../features/overview/RoleOverview'));
const PlanView = lazy(() => import('../features/plan/PlanView'));
const ProgressView = lazy(() => import('../features/progress/ProgressView'));
const ReportView = lazy(() => import('../features/report/ReportView'));
const BackupView = lazy(() => import('../features/backup/BackupView'));
const LAZY_ROUTES = { plan: PlanView, progress: ProgressView, report: ReportView, data: BackupView } as const;
const loadingView = <Loading />;

interface Props {
  /** Tests pass a store and a storage opener; the app makes its own. */
  store?: PlannerStore;
  openStorage?: () => Promise<PlannerStorage>;
}

export function App({ store: given, openStorage = openPlannerStorage }: Props) {
  const [store] = useState(() => given ?? createPlannerStore({ guide: loadDefaultGuide() }));

  useEffect(() => {
    let storage: PlannerStorage | undefined;
    let cancelled = false;
    openStorage().then(
      (opened) => {
        storage = opened;
        if (cancelled) opened.close();
        else void store.getState().connect(opened);
      },
      (error: unknown) => {
        if (cancelled) return;
        store
          .getState()
          .storageFailed(
            error instanceof StorageUnavailableError ? error.problem : classifyStorageError(error),
          );
      },
    );
    return () => {
      cancelled = true;
      storage?.close();
    };
  }, [store, openStorage]);

  return (
    <PlannerStoreProvider store={store}>
      <AppShell>
        <StorageBanner />
        <Routes />
      </AppShell>
    </PlannerStoreProvider>
  );
}

function Routes() {
  const route = useHashRoute();
  const guide = usePlanner((s) => s.guide);
  const loaded = usePlanner((s) => s.loaded);
  const onboarded = usePlanner((s) => s.profile.onboarded);
  if (route === 'role') {
    return (
      <Suspense fallback={<Loading />}>
        <RoleOverview guide={guide} />
      </Suspense>
    );
  }
  if (!loaded) {
    return <Loading>Loading your ratings…</Loading>;
  }
  if (route !== 'skills') {
    const View = LAZY_ROUTES[route];
    return (
      <Suspense fallback={loadingView}>
        <View />
      </Suspense>
    );
  }
  return (
    <>
      {!onboarded && <ProfileForm firstRun />}
      <SkillMapView />
    </>
  );
}
