// The text alternative of an error chart: train and test error at each point of the x-axis, as a table.
import { formatError } from './format';

interface Props {
  caption: string;
  /** What the x-axis counts ("Random features", "Epoch"). */
  xName: string;
  rows: readonly { x: number; train: number; test: number }[];
}

export function ErrorTable({ caption, xName, rows }: Props) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{xName}</th>
          <th scope="col">Train error</th>
          <th scope="col">Test error</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.x}>
            <td>{r.x}</td>
            <td>{formatError(r.train)}</td>
            <td>{formatError(r.test)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
