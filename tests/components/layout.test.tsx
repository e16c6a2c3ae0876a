import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

// Which navigation shows (top row or tab bar) is CSS's choice, tested in tests/e2e/layout.spec.ts; here, what it does.
describe('the main navigation', () => {
  it('lists every place, Cards among them, with "More" as a closed disclosure', async () => {
    await renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const name of ['Home', 'Study', 'Quiz', 'Concepts', 'Cards', 'Stats', 'Settings'])
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Cards' })).toHaveAttribute('href', '/cards');
    const more = within(nav).getByRole('button', { name: 'More' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(more.getAttribute('aria-controls') ?? '')).toContainElement(
      within(nav).getByRole('link', { name: 'Settings' }),
    );
  });

  it('marks the current page, and "More" when the page is one of its places', async () => {
    await renderApp('/stats');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Stats' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('button', { name: 'More' })).toHaveClass('current');
  });

  it('"More" opens by keyboard; Escape closes it and gives focus back to it', async () => {
    const { user } = await renderApp('/');
    const more = within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', {
      name: 'More',
    });
    more.focus();
    await user.keyboard('{Enter}');
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Cards' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();
  });

  it('"More" closes when one of its places is followed', async () => {
    const { user, router } = await renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const more = within(nav).getByRole('button', { name: 'More' });
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings');
    // It closes in the effect that follows the navigation's commit.
    await waitFor(() => expect(more).toHaveAttribute('aria-expanded', 'false'));
  });

  it('a click outside the navigation closes "More"', async () => {
    const { user } = await renderApp('/');
    const more = within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', {
      name: 'More',
    });
    await user.click(more);
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  it("marks the footer's keyboard sentence as a key hint, so a touch screen hides it", async () => {
    await renderApp('/');
    const hint = within(screen.getByRole('contentinfo')).getByText(/for keyboard shortcuts/);
    expect(hint.closest('.key-hint')).not.toBeNull();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Your progress stays in this browser.');
  });
});
