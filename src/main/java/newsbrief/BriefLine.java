package newsbrief;

import java.util.List;
import java.util.TreeSet;

/**
 * One sentence of a brief, with why it was chosen.
 *
 * @param sentence the sentence, exactly as written in its article
 * @param source index of its article in {@link Brief#sources()}
 * @param alsoIn indices in {@link Brief#sources()} of other articles that say the same thing,
 *     ascending: the sources of {@code nearDuplicates} other than {@code source}, when those are known
 * @param score the ranker's score (LexRank centrality)
 * @param choiceRank when it was chosen: 0 for the first
 * @param centralityRank its place among all candidate sentences by score, 1 for the highest
 *     (sentences with equal scores share the best place); 0 when not known
 * @param nearDuplicates the sentences that say the same thing (cosine at or above the redundancy
 *     threshold), in this or other articles, most similar first; empty when not known
 */
public record BriefLine(Sentence sentence, int source, List<Integer> alsoIn, double score, int choiceRank,
    int centralityRank, List<NearDuplicate> nearDuplicates) {
  public BriefLine {
    alsoIn = List.copyOf(alsoIn);
    nearDuplicates = List.copyOf(nearDuplicates);
    if (centralityRank < 0) {
      throw new IllegalArgumentException("centrality rank below 0: " + centralityRank);
    }
  }

  /** A line without the explanation (centrality rank and near-duplicates unknown). */
  public BriefLine(Sentence sentence, int source, List<Integer> alsoIn, double score, int choiceRank) {
    this(sentence, source, alsoIn, score, choiceRank, 0, List.of());
  }

  /** A line whose corroborating articles are those of its near-duplicates in other articles than {@code source}. */
  public static BriefLine explained(Sentence sentence, int source, double score, int choiceRank, int centralityRank,
      List<NearDuplicate> nearDuplicates) {
    TreeSet<Integer> alsoIn = new TreeSet<>();
    for (NearDuplicate duplicate : nearDuplicates) {
      if (duplicate.source() != source) {
        alsoIn.add(duplicate.source());
      }
    }
    return new BriefLine(sentence, source, List.copyOf(alsoIn), score, choiceRank, centralityRank, nearDuplicates);
  }
}
