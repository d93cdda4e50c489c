package newsbrief.select;

/**
 * The objective of a greedy selection, seen one step at a time: what adding a sentence would
 * gain now, and the update once it is added. Instances hold the state of one selection.
 */
interface MarginalGain {
  double gain(int candidate);

  void add(int chosen);
}
