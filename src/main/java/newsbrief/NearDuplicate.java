package newsbrief;

import java.util.Objects;

/**
 * A sentence that says the same thing as a chosen one: its cosine with the chosen sentence reached
 * {@link SummaryOptions#redundancyThreshold()}, so the selector would not take both. Sentences of
 * other articles make those articles corroborate the chosen line.
 *
 * @param sentence the other sentence, exactly as written in its article
 * @param source index of its article in {@link Brief#sources()}
 * @param similarity cosine of the two sentences' TF-IDF vectors, in [threshold, 1]
 */
public record NearDuplicate(Sentence sentence, int source, double similarity) {
  public NearDuplicate {
    Objects.requireNonNull(sentence, "sentence");
    if (source < 0 || !(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("bad near-duplicate: source " + source + ", similarity " + similarity);
    }
  }
}
