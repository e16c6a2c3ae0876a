// Bi & Poo (1998), "Synaptic modifications in cultured hippocampal neurons: dependence on spike timing, synaptic
// strength, and postsynaptic cell type", J. Neurosci. 18(24):10464–10472, abstract: postsynaptic spiking "within a
// time window of 20 msec after presynaptic activation resulted in long-term potentiation (LTP), whereas postsynaptic
// spiking within a window of 20 msec before the repetitive presynaptic activation led to long-term depression (LTD)".
// No fitted amplitudes or time constants were verified in a primary source, so the figure draws only the shape.

/** Width of each window, in milliseconds of t_post − t_pre. */
export const BI_POO_WINDOW_MS = 20;
