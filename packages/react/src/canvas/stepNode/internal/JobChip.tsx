import { useStore } from 'zustand';
import { useDesigner } from '../../../state';

/** One attached job, by name; a job deleted elsewhere says so instead of vanishing. */
export function JobChip({ jobId }: { jobId: string }) {
  const { workspace, messages } = useDesigner();
  const name = useStore(workspace, (state) => state.jobs[jobId]?.name);
  const missing = useStore(workspace, (state) => state.missingJobs[jobId] === true);
  if (missing) {
    return (
      <li className="sona-job-chip" data-state="missing">
        {messages.canvas.missingJob}
      </li>
    );
  }
  if (name === undefined) {
    return (
      <li className="sona-job-chip" data-state="loading">
        <span className="sona-visually-hidden">{messages.canvas.loadingJob}</span>
      </li>
    );
  }
  return (
    <li className="sona-job-chip" title={name}>
      {name}
    </li>
  );
}
