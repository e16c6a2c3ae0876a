// What the learner must be told about storage: set aside values and failed writes. Tiny, so the shell can show it.
import { create } from 'zustand';

export type StorageProblem =
  | {
      kind: 'corrupt';
      key: string;
      backupKey: string;
      detail: string;
      /** The unreadable value itself, so it can be downloaded even when there was no room to copy it aside. */
      raw: string;
      /** False when storage was too full to keep the copy under `backupKey`. */
      backupSaved: boolean;
    }
  | { kind: 'write-failed'; detail: string };

interface StatusState {
  problems: StorageProblem[];
  report: (problem: StorageProblem) => void;
  clearWriteFailure: () => void;
  dismiss: (problem: StorageProblem) => void;
}

export const useStatus = create<StatusState>()((set) => ({
  problems: [],
  report: (problem) =>
    set((s) => {
      if (problem.kind === 'write-failed' && s.problems.some((p) => p.kind === 'write-failed')) return s;
      if (problem.kind === 'corrupt' && s.problems.some((p) => p.kind === 'corrupt' && p.key === problem.key))
        return s;
      return { problems: [...s.problems, problem] };
    }),
  clearWriteFailure: () =>
    set((s) =>
      s.problems.some((p) => p.kind === 'write-failed')
        ? { problems: s.problems.filter((p) => p.kind !== 'write-failed') }
        : s,
    ),
  dismiss: (problem) => set((s) => ({ problems: s.problems.filter((p) => p !== problem) })),
}));
