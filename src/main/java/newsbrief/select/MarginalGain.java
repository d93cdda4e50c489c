package newsbrief.select;

import java.util.List;

/**
 * The objective of a greedy selection, seen one step at a time: what adding a sentence would
 * gain now, and the update once it is added. Instances hold the state of one selection.
 */
interface MarginalGain {
  double gain(int candidate);

  /**
   * What adding several sentences at once would gain now (a sentence with the context it needs):
   * by default the sum of their gains, which objectives whose gains overlap compute exactly.
   */
  default double gain(List<Integer> candidates) {
    double total = 0;
    for (int candidate : candidates) {
      total += gain(candidate);
    }
    return total;
  }

  /**
   * Whether {@code candidate} may still be chosen, by a rule of the objective (once it is barred it
   * stays barred); by default always. Sentences the caller requires are taken all the same.
   */
  default boolean allowed(int candidate) {
    return true;
  }

  void add(int chosen);
}
