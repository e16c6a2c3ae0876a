import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import AdamOptimizerFigure from '../../src/features/figures/concepts/adam-optimizer';
import DoubleDescentFigure from '../../src/features/figures/concepts/double-descent';
import EarlyStoppingFigure from '../../src/features/figures/concepts/early-stopping';
import EpochWiseDoubleDescentFigure from '../../src/features/figures/concepts/epoch-wise-double-descent';
import InterpolationThresholdFigure from '../../src/features/figures/concepts/interpolation-threshold';
import OverfittingFigure from '../../src/features/figures/concepts/overfitting';

/** The drawn paths of a figure's chart(s), as one string: changes whenever any line is redrawn. */
const drawing = (figure: HTMLElement) =>
  within(figure)
    .getAllByRole('img')
    .flatMap((svg) => [...svg.querySelectorAll('path')].map((p) => p.getAttribute('d')))
    .join('|');

const tableText = (figure: HTMLElement) => within(figure).getByRole('table', { hidden: true }).textContent;

describe('live figures', () => {
  it('double descent: a figure naming test error and model size, whose curve redraws when a slider moves', () => {
    render(<DoubleDescentFigure />);
    const figure = screen.getByRole('figure', { name: /test error.*model size/i });
    expect(within(figure).getByText(/Belkin et al\. 2019/)).toBeInTheDocument();
    const noise = within(figure).getByRole('slider', { name: 'Label noise' });
    const points = within(figure).getByRole('slider', { name: 'Training points' });
    expect(noise).toHaveAttribute('aria-valuetext', 'σ = 0.20');
    expect(points).toHaveValue('20');

    const before = drawing(figure);
    const tableBefore = tableText(figure);
    // jsdom does not step a range input on arrow keys (a real browser does, and fires the same change event).
    fireEvent.change(points, { target: { value: '22' } });
    expect(points).toHaveValue('22');
    expect(drawing(figure)).not.toBe(before);
    expect(tableText(figure)).not.toBe(tableBefore);
    expect(figure).toHaveAccessibleName(/22 training points/);

    const afterPoints = drawing(figure);
    fireEvent.change(noise, { target: { value: '0.5' } });
    expect(drawing(figure)).not.toBe(afterPoints);
    expect(figure).toHaveAccessibleName(/σ = 0\.50/);
  });

  it('double descent: marks the interpolation threshold and tables every plotted size', () => {
    render(<DoubleDescentFigure />);
    const figure = screen.getByRole('figure', { name: /test error/i });
    const table = within(figure).getByRole('table', {
      name: /mean squared error at each model size/i,
      hidden: true,
    });
    expect(
      within(table).getByRole('columnheader', { name: 'Random features', hidden: true }),
    ).toBeInTheDocument();
    expect(within(table).getAllByRole('row', { hidden: true }).length).toBeGreaterThan(15);
    expect(within(figure).getAllByText('Interpolation threshold').length).toBeGreaterThan(0);
  });

  it('interpolation threshold: the point where train error reaches zero follows the training points', () => {
    render(<InterpolationThresholdFigure />);
    const figure = screen.getByRole('figure', { name: /train error.*first reaches zero/i });
    expect(figure).toHaveAccessibleName(/at 20 random features/);
    const before = drawing(figure);
    fireEvent.change(within(figure).getByRole('slider', { name: 'Training points' }), {
      target: { value: '30' },
    });
    expect(figure).toHaveAccessibleName(/at 30 random features/);
    expect(drawing(figure)).not.toBe(before);
  });

  it('early stopping: marks the best epoch, before the last, and redraws when the noise changes', () => {
    render(<EarlyStoppingFigure />);
    const figure = screen.getByRole('figure', { name: /over epochs of gradient descent/i });
    const caption = within(figure).getByText(/Test error is lowest at epoch/).textContent ?? '';
    const [, best, last] = caption.match(/lowest at epoch (\d+).*to epoch (\d+)/) ?? [];
    expect(Number(best)).toBeLessThan(Number(last));
    expect(within(figure).getAllByText('Early-stopping point').length).toBeGreaterThan(0);
    const before = drawing(figure);
    fireEvent.change(within(figure).getByRole('slider', { name: 'Label noise' }), {
      target: { value: '0.1' },
    });
    expect(drawing(figure)).not.toBe(before);
  });

  it('overfitting: the degree slider redraws the fit and reports train and test error', () => {
    render(<OverfittingFigure />);
    const figure = screen.getByRole('figure', { name: /polynomial of degree 3/i });
    const slider = within(figure).getByRole('slider', { name: 'Polynomial degree' });
    const before = drawing(figure);
    fireEvent.change(slider, { target: { value: '11' } });
    expect(slider).toHaveValue('11');
    expect(figure).toHaveAccessibleName(/degree 11.*train error < 0\.0001/);
    expect(drawing(figure)).not.toBe(before);
    const table = within(figure).getByRole('table', { name: /by polynomial degree/i, hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(13);
  });

  it('adam: the learning-rate slider redraws the three paths, with a legend and a table of final losses', () => {
    render(<AdamOptimizerFigure />);
    const figure = screen.getByRole('figure', { name: /SGD, momentum and Adam/i });
    const slider = within(figure).getByRole('slider', { name: 'Learning rate' });
    expect(slider).toHaveAttribute('aria-valuetext', '0.01');
    for (const name of ['SGD', 'Momentum', 'Adam']) {
      expect(within(figure).getAllByText(name).length).toBeGreaterThan(0);
    }
    const before = drawing(figure);
    const tableBefore = tableText(figure);
    fireEvent.change(slider, { target: { value: '5' } });
    expect(slider).toHaveAttribute('aria-valuetext', '0.05');
    expect(drawing(figure)).not.toBe(before);
    expect(tableText(figure)).not.toBe(tableBefore);
  });

  it('epoch-wise double descent: a schematic that says it is not data', () => {
    render(<EpochWiseDoubleDescentFigure />);
    const figure = screen.getByRole('figure', { name: /schematic, not data/i });
    expect(within(figure).getByRole('img', { name: /schematic, not data/i })).toBeInTheDocument();
    expect(within(figure).getByText(/Nakkiran et al\. 2019/)).toBeInTheDocument();
  });
});
