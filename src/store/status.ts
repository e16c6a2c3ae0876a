// What the learner must be told about storage: set-aside values, failed writes, data from a newer version.
import { createStore, type StoreApi } from 'zustand/vanilla';

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
  | { kind: 'write-failed'; detail: string }
  /** Another tab runs a newer Descent: this one writes nothing until reloaded. */
  | { kind: 'newer-version'; version: number };

export interface StatusState {
  problems: StorageProblem[];
  report: (problem: StorageProblem) => void;
  clearWriteFailure: () => void;
  dismiss: (problem: StorageProblem) => void;
}

export type StatusStore = StoreApi<StatusState>;

export const createStatusStore = (): StatusStore =>
  createStore<StatusState>()((set) => ({
    problems: [],
    report: (problem) =>
      set((s) => {
        if (problem.kind !== 'corrupt' && s.problems.some((p) => p.kind === problem.kind)) return s;
        if (
          problem.kind === 'corrupt' &&
          s.problems.some((p) => p.kind === 'corrupt' && p.backupKey === problem.backupKey)
        )
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
