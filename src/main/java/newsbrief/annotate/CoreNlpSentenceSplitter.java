package newsbrief.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's tokenizer and rule-based sentence splitter ({@code tokenize,ssplit}), which
 * need no model files. Two newlines always end a sentence ({@code newlineIsSentenceBreak=two}), so
 * page furniture on lines of its own stays apart from the prose. Build one and share it: the
 * pipeline is costly to create and safe to use from several threads.
 */
public final class CoreNlpSentenceSplitter implements SentenceSplitter {
  private final StanfordCoreNLP pipeline;

  public CoreNlpSentenceSplitter() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", "ptb3Escaping=false,invertible=false,untokenizable=noneDelete");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("outputFormat", "text");
    pipeline = new StanfordCoreNLP(props, false);
  }

  @Override
  public List<TokenizedSentence> split(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<TokenizedSentence> result = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<String> tokens = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        tokens.add(label.originalText() != null ? label.originalText() : label.word());
      }
      result.add(new TokenizedSentence(
          sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
          tokens));
    }
    return result;
  }
}
