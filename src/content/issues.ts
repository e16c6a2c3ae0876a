import * as v from 'valibot';

/** Readable per-field messages for a failed parse, e.g. "concepts.3.cards.1.text: a cloze must have exactly one {{gap}}". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
