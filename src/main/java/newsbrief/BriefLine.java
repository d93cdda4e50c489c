package newsbrief;

import java.util.List;

/**
 * One sentence of a brief.
 *
 * @param sentence the sentence, exactly as written in its article
 * @param source index of its article in {@link Brief#sources()}
 * @param alsoIn indices in {@link Brief#sources()} of other articles that say the same thing, ascending
 * @param score the ranker's score
 * @param choiceRank when it was chosen: 0 for the first
 */
public record BriefLine(Sentence sentence, int source, List<Integer> alsoIn, double score, int choiceRank) {
  public BriefLine {
    alsoIn = List.copyOf(alsoIn);
  }
}
