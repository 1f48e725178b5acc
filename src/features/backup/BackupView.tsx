import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import {
  BACKUP_MESSAGES,
  backupFileName,
  MAX_BACKUP_BYTES,
  parseBackup,
  previewImport,
  type Backup,
  type ImportMode,
  type ImportPreview,
} from '../../storage/backupFormat';
import { usePlanner } from '../../state/PlannerStoreContext';
import { downloadFile } from '../../ui/download';
import { ImportPreviewTable } from './ImportPreviewTable';
import './backup.css';

type Step =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'refused'; fileName: string; message: string }
  | { step: 'preview'; fileName: string; backup: Backup; previews: Record<ImportMode, ImportPreview> }
  | { step: 'applying' }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

/** Back up everything to a file, and restore it here or in another browser. Loaded on demand. */
export default function BackupView() {
  const guide = usePlanner((s) => s.guide);
  const currentBackup = usePlanner((s) => s.currentBackup);
  const importBackup = usePlanner((s) => s.importBackup);
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [exported, setExported] = useState<string | null>(null);
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const previewing = state.step === 'preview';
  // The preview appears below the file field: take focus there so it is found and read.
  useEffect(() => {
    if (previewing) previewTitle.current?.focus();
  }, [previewing]);

  const exportAll = async () => {
    let backup: Backup;
    try {
      backup = await currentBackup();
    } catch (error) {
      setExported(`The backup could not be made: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const name = backupFileName(new Date());
    downloadFile(JSON.stringify(backup, null, 2), name, 'application/json');
    setExported(
      `Saved ${name}: ${backup.ratings.length} ratings, ${backup.history.length} history entries, ${backup.checkIns.length} check-ins, ${backup.metricEntries.length} metric values.`,
    );
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setState({ step: 'reading' });
    // Checked before reading, so a huge file is refused without being loaded into memory.
    if (file.size > MAX_BACKUP_BYTES) {
      setState({ step: 'refused', fileName: file.name, message: BACKUP_MESSAGES.tooLarge });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      // The file was moved, deleted or locked after it was chosen.
      setState({ step: 'refused', fileName: file.name, message: BACKUP_MESSAGES.unreadable });
      return;
    }
    const parsed = parseBackup(text, guide);
    if (!parsed.ok) {
      setState({ step: 'refused', fileName: file.name, message: parsed.message });
      return;
    }
    let current: Backup;
    try {
      current = await currentBackup();
    } catch (error) {
      setState({
        step: 'failed',
        message: `Nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
      });
      return;
    }
    setState({
      step: 'preview',
      fileName: file.name,
      backup: parsed.backup,
      previews: {
        replace: previewImport(current, parsed.backup, 'replace'),
        merge: previewImport(current, parsed.backup, 'merge'),
      },
    });
  };

  const apply = async (backup: Backup, mode: ImportMode) => {
    // The preview and its buttons go away: keep focus in the page, on the file field.
    fileInput.current?.focus();
    setState({ step: 'applying' });
    try {
      await importBackup(backup, mode);
      setState({
        step: 'done',
        message:
          mode === 'replace'
            ? 'Restored: your data is now the backup’s.'
            : 'Restored: the backup was merged in.',
      });
    } catch (error) {
      setState({
        step: 'failed',
        message: `Nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  return (
    <section aria-labelledby="data-title" className="backup-view">
      <h1 id="data-title">Your data</h1>
      <p className="muted">
        Everything you enter stays in this browser. A backup file lets you keep a copy, or move it all to
        another browser or device.
      </p>
      <div className="backup-grid">
        <section className="card" aria-labelledby="export-backup-title">
          <h2 id="export-backup-title">Back up</h2>
          <p>Your profile, goals, ratings, notes, history, check-ins and metrics, in one file.</p>
          <button type="button" className="button button--primary" onClick={exportAll}>
            Download a backup
          </button>
          <p role="status">{exported}</p>
        </section>
        <section className="card" aria-labelledby="import-backup-title">
          <h2 id="import-backup-title">Restore</h2>
          <p>
            Choose a backup file. You will see what it would change before anything happens, and a file that
            cannot be trusted is refused without touching your data.
          </p>
          <div className="field">
            <label htmlFor={fileId} className="field__label">
              Choose a backup file
            </label>
            <input
              ref={fileInput}
              id={fileId}
              type="file"
              accept="application/json,.json"
              onChange={choose}
            />
          </div>
          <div role="status" aria-live="polite">
            {state.step === 'reading' && <p className="loading">Reading the file…</p>}
            {state.step === 'applying' && <p className="loading">Restoring…</p>}
            {state.step === 'done' && <p className="status-text status-text--met">✓ {state.message}</p>}
          </div>
          {state.step === 'refused' && (
            <div className="field__error" role="alert">
              <p>
                “{state.fileName}” was not restored. {state.message}
              </p>
              <p>Your data is unchanged.</p>
            </div>
          )}
          {state.step === 'failed' && (
            <p className="field__error" role="alert">
              {state.message}
            </p>
          )}
        </section>
      </div>
      {state.step === 'preview' && (
        <section className="card" aria-labelledby="preview-title">
          <h2 id="preview-title" ref={previewTitle} tabIndex={-1}>
            Check before restoring
          </h2>
          <p>
            “{state.fileName}”, made on {new Date(state.backup.exportedAt).toLocaleString('en-US')}.{' '}
            <strong>Replace</strong> makes your data exactly the backup’s; <strong>merge</strong> adds what is
            new and keeps the newer of two ratings.
          </p>
          <ImportPreviewTable previews={state.previews} />
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => apply(state.backup, 'replace')}
            >
              Replace my data with this backup
            </button>
            <button type="button" className="button" onClick={() => apply(state.backup, 'merge')}>
              Merge this backup into my data
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                fileInput.current?.focus();
                setState({ step: 'idle' });
              }}
            >
              Cancel
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
