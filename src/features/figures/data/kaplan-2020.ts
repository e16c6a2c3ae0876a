// Kaplan et al. (2020), "Scaling Laws for Neural Language Models", arXiv:2001.08361, Section 1.2, Equation (1.1):
// with enough data, test loss against non-embedding parameters N is L(N) = (N_c / N)^α_N, α_N ≈ 0.076,
// N_c ≈ 8.8 × 10^13. L is cross-entropy in nats per token.

export const KAPLAN_ALPHA_N = 0.076;
export const KAPLAN_N_C = 8.8e13;

/** The plotted range of non-embedding parameters: about the range of the paper's own model-size plots. */
export const KAPLAN_PLOT_RANGE = [1e3, 1e9] as const;

/** Predicted test loss (nats per token) of a model with `parameters` non-embedding parameters, trained to convergence. */
export function kaplanLoss(parameters: number): number {
  return (KAPLAN_N_C / parameters) ** KAPLAN_ALPHA_N;
}
