import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import Alphazero from '../../src/features/figures/concepts/alphazero-network';
import Attention from '../../src/features/figures/concepts/attention';
import Backpropagation from '../../src/features/figures/concepts/backpropagation';
import BiggerIsBetter from '../../src/features/figures/concepts/bigger-is-better';
import Alexnet from '../../src/features/figures/concepts/imagenet-alexnet';
import RnnHiddenState from '../../src/features/figures/concepts/rnn-hidden-state';
import StagedRelease from '../../src/features/figures/concepts/staged-release';
import Stdp from '../../src/features/figures/concepts/stdp';
import Transformer from '../../src/features/figures/concepts/transformer';
import { conceptsWithFigures } from '../../src/features/figures/registry';

interface Case {
  id: string;
  Figure: ComponentType;
  caption: RegExp;
  source: RegExp;
  /** The text alternative: a table named by its caption, or a list. */
  alternative: { table: RegExp } | { list: true };
  /** A cell or item of the alternative that proves it carries the numbers or the steps. */
  detail: RegExp;
}

const cases: Case[] = [
  {
    id: 'bigger-is-better',
    Figure: BiggerIsBetter,
    caption: /Bigger language models reach lower test loss/,
    source: /Kaplan et al\. \(2020\).*Equation 1\.1/,
    alternative: { table: /Predicted test loss/ },
    detail: /^10⁹ \(1 billion\)$/,
  },
  {
    id: 'attention',
    Figure: Attention,
    caption: /an illustration with hand-set vectors, not a trained model/,
    source: /Vaswani et al\. \(2017\)/,
    alternative: { table: /Attention weights/ },
    detail: /^sat \(a noun\)$/,
  },
  {
    id: 'transformer',
    Figure: Transformer,
    caption: /A transformer block as GPT-2 arranges it/,
    source: /Vaswani et al\. \(2017\).*Radford et al\. \(2019\)/,
    alternative: { list: true },
    detail: /masked multi-head self-attention/,
  },
  {
    id: 'rnn-hidden-state',
    Figure: RnnHiddenState,
    caption: /A recurrent network unrolled/,
    source: /Elman \(1990\)/,
    alternative: { list: true },
    detail: /reads “cat”/,
  },
  {
    id: 'backpropagation',
    Figure: Backpropagation,
    caption: /Backpropagation on L = \(x · w \+ b − y\)²/,
    source: /computed in your browser/,
    alternative: { table: /Values and gradients/ },
    detail: /^−1\.8$/,
  },
  {
    id: 'stdp',
    Figure: Stdp,
    caption: /The shape of the spike-timing window \(schematic\)/,
    source: /Bi & Poo \(1998\).*10464/,
    alternative: { list: true },
    detail: /no measured amplitudes or time constants/,
  },
  {
    id: 'imagenet-alexnet',
    Figure: Alexnet,
    caption: /AlexNet’s top-5 error on the test set was 15\.3%, against 26\.2%/,
    source: /Krizhevsky, Sutskever & Hinton \(2012\)/,
    alternative: { table: /ILSVRC-2012 top-5 test error/ },
    detail: /^15\.3%$/,
  },
  {
    id: 'alphazero-network',
    Figure: Alphazero,
    caption: /AlphaGo Zero’s network alone.*3,055 Elo.*5,185/,
    source: /Silver et al\. \(2017\).*Figure 6b/,
    alternative: { table: /Elo ratings in the AlphaGo Zero paper/ },
    detail: /^3,055$/,
  },
  {
    id: 'staged-release',
    Figure: StagedRelease,
    caption: /GPT-2’s staged release in 2019/,
    source: /Solaiman et al\. \(2019\)/,
    alternative: { table: /GPT-2 release stages/ },
    detail: /^5 November 2019$/,
  },
];

describe('concept figures', () => {
  it.each(cases)('$id: a figure named by its caption, with its source and a text alternative', async (c) => {
    const user = userEvent.setup();
    render(<c.Figure />);
    const figure = screen.getByRole('figure', { name: c.caption });
    expect(within(figure).getByText(c.source)).toBeInTheDocument();
    expect(within(figure).getByRole('img')).toHaveAccessibleName();
    // The alternative sits in a disclosure; open it as a learner would.
    await user.click(within(figure).getByText(/as a table|as a list|in words/, { selector: 'summary' }));
    const alternative =
      'table' in c.alternative
        ? within(figure).getByRole('table', { name: c.alternative.table })
        : within(figure).getByRole('list');
    expect(within(alternative).getAllByText(c.detail).length).toBeGreaterThan(0);
  });

  it('the registry finds every one of these figures by concept id', () => {
    expect(conceptsWithFigures()).toEqual(expect.arrayContaining(cases.map((c) => c.id)));
  });

  it('backpropagation: stepping with the keyboard walks forward through the values, then back through the gradients', async () => {
    const user = userEvent.setup();
    render(<Backpropagation />);
    const status = screen.getByRole('status');
    const next = screen.getByRole('button', { name: 'Next step' });
    const previous = screen.getByRole('button', { name: 'Previous step' });
    expect(status).toHaveTextContent('Step 1 of 9');
    expect(previous).toBeDisabled();

    next.focus();
    await user.keyboard('{Enter}');
    expect(status).toHaveTextContent('Step 2 of 9 (forward): p = x · w = 1.5 × 0.8 = 1.2.');
    expect(screen.getByRole('img')).toHaveAccessibleName(/step 2 of 9/);

    await user.keyboard('{Enter}{Enter}{Enter}');
    expect(status).toHaveTextContent('the loss L = e² = 0.36');

    await user.keyboard('{Enter}{Enter}{Enter}{Enter}');
    expect(status).toHaveTextContent('∂L/∂w = ∂L/∂p · x = −1.2 × 1.5 = −1.8');
    expect(next).toBeDisabled();

    previous.focus();
    await user.keyboard(' ');
    expect(status).toHaveTextContent('Step 8 of 9 (backward)');
  });

  it('attention: masking later words sets their weights to 0', async () => {
    const user = userEvent.setup();
    render(<Attention />);
    await user.click(screen.getByText('The numbers as a table', { selector: 'summary' }));
    const table = screen.getByRole('table', { name: /Attention weights/ });
    const firstRow = () => within(table).getByRole('row', { name: /^The \(a noun\)/ });
    expect(
      within(firstRow())
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).not.toContain('1');

    await user.click(screen.getByRole('checkbox', { name: /Mask later words/ }));
    expect(
      within(firstRow())
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '0', '0', '0', '0', '0']);
  });

  it('bigger-is-better: the slider reads the loss off the curve', () => {
    render(<BiggerIsBetter />);
    const slider = screen.getByRole('slider', { name: 'Model size (non-embedding parameters)' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'At 1 million parameters the law predicts a test loss of 4.02 nats',
    );
    // jsdom does not move a range input with arrow keys (a browser does), so the test sets its value directly.
    fireEvent.change(slider, { target: { value: '7' } });
    expect(screen.getByRole('status')).toHaveTextContent('At 10 million parameters');
    expect(slider).toHaveAttribute('aria-valuetext', '10 million parameters');
  });
});
