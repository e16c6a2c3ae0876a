// Formulas where a formula is the clearest statement of an idea (issue 11): each of these concepts has one.
import { describe, expect, it } from 'vitest';
import { deck, findConcept } from '../../src/content/deck';

describe('formulas in the deck', () => {
  it.each([
    ['attention', /\\sqrt\{d_k\}/],
    ['backpropagation', /\\partial/],
    ['adam-optimizer', /\\hat\{v\}_t/],
    ['next-token-prediction', /\\log p/],
    ['interpolation-threshold', /\\Phi\^\{\\top\}/],
    ['bigger-is-better', /0\.076/],
  ])('%s has a formula with its reading in words', (id, tex) => {
    const formulas = findConcept(id)?.formulas ?? [];
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.map((f) => f.tex).join(' ')).toMatch(tex);
    for (const f of formulas) expect(f.says.split(/\s+/).length, f.says).toBeGreaterThanOrEqual(20);
  });

  it('writes the scaling law with the constants of Kaplan et al. (2020), equation 1.1', () => {
    const [law] = findConcept('bigger-is-better')?.formulas ?? [];
    expect(law?.tex).toMatch(/\\alpha_N &?\\approx 0\.076/);
    expect(law?.tex).toMatch(/N_c &?\\approx 8\.8 \\times 10\^\{13\}/);
  });

  it('keeps formulas to the concepts that are about them', () => {
    expect(deck.concepts.filter((c) => c.formulas).length).toBeLessThanOrEqual(12);
  });
});
