package newsbrief.rank;

import newsbrief.AnalyzedCorpus;
import newsbrief.vectorize.TermVector;

/**
 * Centroid-based ranking (Radev, Jing, Sty&#347; and Tam 2004, MEAD): the centroid is the mean of
 * the cluster's TF-IDF sentence vectors, i.e. the weight of each term over the whole cluster, and a
 * sentence scores its cosine with it. Sentences sharing no term with the centroid (or with no
 * terms) score 0; scores are in [0, 1]. MEAD's position and first-sentence features are left out,
 * so this measures centrality by content alone.
 */
public final class CentroidRanker implements SentenceRanker {
  @Override
  public double[] rank(AnalyzedCorpus corpus) {
    double[] centroid = new double[TermVector.termBound(corpus.vectors())];
    for (TermVector v : corpus.vectors()) {
      v.scatterInto(centroid);
    }
    double squaredNorm = 0;
    for (double w : centroid) {
      squaredNorm += w * w;
    }
    double[] scores = new double[corpus.size()];
    for (int s = 0; s < scores.length; s++) {
      TermVector v = corpus.vectors().get(s);
      if (!v.isZero() && squaredNorm > 0) {
        scores[s] = Math.min(1.0, v.dot(centroid) / (v.norm() * Math.sqrt(squaredNorm)));
      }
    }
    return scores;
  }
}
