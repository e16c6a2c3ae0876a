// GPT-2's staged release in 2019. Sizes and months: Solaiman et al. (2019), "Release Strategies and the Social
// Impacts of Language Models", arXiv:1908.09203 v2 (November 2019), opening paragraphs: the 124M model in February,
// 355M in May, 774M in August, 1.5B "now". Days: OpenAI, "Better Language Models and Their Implications" (14 February
// 2019); OpenAI, "GPT-2: 6-Month Follow-Up" (20 August 2019, which names the full model 1558M); OpenAI, "GPT-2: 1.5B
// Release" (5 November 2019). The May day is not drawn: no source for it was verified. The two smaller models were
// first reported as 117M and 345M (the gpt-2 repository's README of the time); the counts were later corrected.

export interface ReleaseStage {
  /** Parameters, as OpenAI counts them now. */
  parameters: number;
  label: string;
  /** How the size was first reported, when it differs. */
  firstReportedAs?: string;
  year: 2019;
  /** 1 = January. */
  month: number;
  /** Day of the month, when a source for it was verified. */
  day?: number;
}

export const GPT2_RELEASES: readonly ReleaseStage[] = [
  { parameters: 124e6, label: '124M', firstReportedAs: '117M', year: 2019, month: 2, day: 14 },
  { parameters: 355e6, label: '355M', firstReportedAs: '345M', year: 2019, month: 5 },
  { parameters: 774e6, label: '774M', year: 2019, month: 8, day: 20 },
  { parameters: 1558e6, label: '1.5B', year: 2019, month: 11, day: 5 },
];
