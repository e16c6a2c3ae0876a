// Which topics introduce new cards first: the six topics in order, each moved up or down by a button, by keyboard too.
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { type Topic, topicLabels, topics } from '../../content/schema';

type Direction = 'up' | 'down';

export function TopicPriority({
  order,
  onSave,
}: {
  order: readonly Topic[];
  onSave: (order: Topic[]) => void;
}) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [moved, setMoved] = useState<{ topic: Topic; direction: Direction }>();
  const [announcement, setAnnouncement] = useState('');
  const isDeckOrder = order.every((t, i) => t === topics[i]);
  const ids = { heading: useId(), hint: useId() };

  const move = (topic: Topic, direction: Direction) => {
    const from = order.indexOf(topic);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to] as Topic, topic];
    onSave(next);
    setMoved({ topic, direction });
    setAnnouncement(`${topicLabels[topic]} moved to position ${to + 1} of ${order.length}.`);
  };

  // The moved row's button keeps the focus, so pressing it again keeps moving the topic; at the top or the bottom,
  // where that button is disabled, the focus goes to the other one.
  useLayoutEffect(() => {
    if (!moved) return;
    const { topic, direction } = moved;
    const other: Direction = direction === 'up' ? 'down' : 'up';
    const same = buttons.current.get(`${topic}:${direction}`);
    (same && !same.disabled ? same : buttons.current.get(`${topic}:${other}`))?.focus();
    setMoved(undefined);
  }, [moved]);

  const button = (topic: Topic, direction: Direction, disabled: boolean) => (
    <button
      type="button"
      className="quiet topic-move"
      aria-label={`Move ${topicLabels[topic]} ${direction}`}
      disabled={disabled}
      ref={(el) => {
        if (el) buttons.current.set(`${topic}:${direction}`, el);
        else buttons.current.delete(`${topic}:${direction}`);
      }}
      onClick={() => move(topic, direction)}
    >
      <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
    </button>
  );

  return (
    <div className="field topic-priority">
      <h3 id={ids.heading}>Topic priority</h3>
      <p id={ids.hint} className="muted hint">
        New cards come from the topics at the top first. In the deck’s order each idea comes after the ones it
        builds on.
      </p>
      <ol className="topic-order" aria-labelledby={ids.heading} aria-describedby={ids.hint}>
        {order.map((topic, i) => (
          <li key={topic} className="topic-order-row">
            <span className="topic-order-name">{topicLabels[topic]}</span>
            {button(topic, 'up', i === 0)}
            {button(topic, 'down', i === order.length - 1)}
          </li>
        ))}
      </ol>
      {/* Always there (never removed or disabled under the learner's focus); it says when there is nothing to do. */}
      <div>
        <button
          type="button"
          className="quiet"
          onClick={() => {
            onSave([...topics]);
            setAnnouncement(
              isDeckOrder ? 'The topics are in the deck’s order.' : 'Topics back in the deck’s order.',
            );
          }}
        >
          Use the deck’s order
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
