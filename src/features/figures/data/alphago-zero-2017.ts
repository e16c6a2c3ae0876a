// Silver et al. (2017), "Mastering the game of Go without human knowledge", Nature 550, 354–359, Figure 6b and its
// text: "The raw neural network, without using any lookahead, achieved an Elo rating of 3,055. AlphaGo Zero achieved
// a rating of 5,185, compared to 4,858 for AlphaGo Master, 3,739 for AlphaGo Lee and 3,144 for AlphaGo Fan."
// These are AlphaGo Zero's numbers, not AlphaZero's (a later, more general program).

export interface GoProgram {
  name: string;
  /** True when the program chooses moves with Monte Carlo tree search on top of its networks. */
  search: boolean;
  elo: number;
}

export const ALPHAGO_ZERO_ELO: readonly GoProgram[] = [
  { name: 'AlphaGo Zero, network + search', search: true, elo: 5185 },
  { name: 'AlphaGo Master', search: true, elo: 4858 },
  { name: 'AlphaGo Lee', search: true, elo: 3739 },
  { name: 'AlphaGo Fan', search: true, elo: 3144 },
  { name: 'AlphaGo Zero, network alone', search: false, elo: 3055 },
];
