import { type Grade, gradeNames, grades } from '../../engine/scheduler';

interface Props {
  /** The label after the grade name: the next interval ("10m"), or what cramming does with the card. */
  hints: Record<Grade, string>;
  onGrade: (grade: Grade) => void;
}

export function GradeButtons({ hints, onGrade }: Props) {
  return (
    <fieldset className="grades">
      <legend className="visually-hidden">How well did you remember?</legend>
      {grades.map((g) => (
        <button
          key={g}
          type="button"
          className={`grade grade-${g}`}
          onClick={() => onGrade(g)}
          aria-keyshortcuts={String(g)}
          aria-label={hints[g] ? `${gradeNames[g]} · ${hints[g]}` : gradeNames[g]}
        >
          <span className="grade-name">{gradeNames[g]}</span>
          <span className="grade-hint">{hints[g]}</span>
        </button>
      ))}
    </fieldset>
  );
}
