// Krizhevsky, Sutskever & Hinton (2012), "ImageNet Classification with Deep Convolutional Neural Networks", NeurIPS
// 25, abstract: "a winning top-5 test error rate of 15.3%, compared to 26.2% achieved by the second-best entry"
// (ILSVRC-2012, test set).

export interface ContestEntry {
  entry: string;
  /** Top-5 error on the ILSVRC-2012 test set, in per cent. */
  top5Error: number;
}

export const ILSVRC_2012_TOP5: readonly ContestEntry[] = [
  { entry: 'AlexNet (Krizhevsky, Sutskever & Hinton)', top5Error: 15.3 },
  { entry: 'Second-best entry', top5Error: 26.2 },
];
