package newsbrief.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsbrief.annotate.ContextDependence.Dependence;
import newsbrief.annotate.ContextDependence.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContextDependenceTest {
  @Test
  void emptyAndOneWordTextsStandAlone() {
    assertEquals(new Dependence(Kind.STANDS_ALONE, ""), ContextDependence.of(""));
    assertEquals(new Dependence(Kind.STANDS_ALONE, ""), ContextDependence.of("   "));
    assertTrue(ContextDependence.of("Rain.").standsAlone());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Iraq's parliament approved the federal budget on Monday.",
      "There is no ceasefire with Iraq and Yemen, the minister said.",
      "This week the council met twice in Basra.",
      "These days the port handles twice as much cargo as in 2010.",
      "So far, 20 people have died in the floods.",
      "Earlier this month, the ministry raised fuel prices.",
      "Later in the year the plant will reopen.",
      "Other years saw fewer storms than this one.",
      "In addition to the budget, lawmakers passed a water law.",
      "In response to a question, the minister said prices would fall.",
      "When Smith arrived, he said the border was closed.",
      "Though the vote was close, the bill passed the Senate.",
      "Then-President Bill Clinton signed the treaty in 1996.",
      "The agency's investigation is continuing, Schuebel said.",
      "Protests over power cuts continued in Basra.",
      "``We are open again,'' the mayor said.",
      "\u201cThe Resistance movements are supporting Hamas. There is no ceasefire with them,\u201d Elkin said.",
      "Akram al-Kaabi said his group would halt its attacks.",
      "Iraq's prime minister is seeking international backing.",
      "There's no ceasefire with Iraq and Yemen, the minister said.",
      "The storm was twice as strong as forecast.",
      "Garcia was known as Paco.",
      "The deal was signed as planned."})
  void sentencesThatStandAlone(String sentence) {
    assertEquals(new Dependence(Kind.STANDS_ALONE, ""), ContextDependence.of(sentence), sentence);
  }

  /** Each case: the sentence and the words that make it hang on the sentence before it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "He now has money, relatives said.|He",
      "She left the court without speaking to reporters.|She",
      "They were kept there about two hours.|They",
      "It was his first public appearance since the launch.|It",
      "It\u2019s true that Democrats did not run on the issue of impeachment.|It\u2019s",
      "They're going down, the senator said of his rivals.|They're",
      "This conflation could lead to strikes within Iraqi territory.|This",
      "These groups emphasized that operations will continue.|These",
      "Those are generally handled by the reconnaissance office.|Those",
      "That is because he works for the government.|That",
      "Such attacks have become rare in the capital.|Such",
      "Then there are the pollution sources.|Then",
      "Another judge filed a request to question Pinochet a day earlier.|Another",
      "Other victims included homeless people, according to police.|Other",
      "His lawyers said they would appeal.|His",
      "But the Taliban refused to hand him over.|But",
      "However, he acknowledged the delicate balance Iraq must keep.|However",
      "Also, the army declared its readiness for external threats.|Also",
      "Still, the deal held through the winter.|Still",
      "Meanwhile, the prime minister is seeking international backing.|Meanwhile",
      "And the rain kept falling on the camps.|And",
      "Furthermore, the increase in drone attacks signifies an escalation.|Furthermore",
      "In contrast, Iraq's prime minister is pursuing international support.|In contrast",
      "At the same time, the armed forces declared full preparedness.|At the same time",
      "The following day, the council declared new measures.|The following day",
      "Later, police found the car abandoned near the border.|Later",
      "There, the rescuers found two more survivors.|There",
      "Amid these developments, the government is grappling with armed factions.|Amid these developments",
      "Despite this, the talks went on.|Despite this",
      "If it is true, the report would suggest a change of course.|If it is true",
      "Asked about the deal, he said nothing had been signed.|Asked about the deal, he",
      "``Now they are talking about the arrest,'' he said.|he said",
      "\u201cOur fingers remain on the trigger,\u201d he added.|he added",
      "Seventeen others died in landslides in nearby provinces, he said.|he said",
      "The source said on Monday.|The source said on Monday.",
      "There was no immediate Iraqi comment.|no immediate Iraqi comment",
      "WeWork declined to comment on the report.|declined to comment",
      "Mr. Biden was not quite as amused.|not quite as amused.",
      "Seconds later, an explosion shook the area.|Seconds later",
      "The second attempt went nearly as badly.|nearly as badly.",
      "The governor's office didn't immediately respond to The Hill's request for comment.|didn't immediately respond to The Hill's request for comment",
      "\u201cYou see it because we are going up and they are going down.\u201d|a quotation without its speaker"})
  void sentencesThatNeedThePreviousOne(String sentence, String cue) {
    assertEquals(new Dependence(Kind.NEEDS_PREVIOUS, cue), ContextDependence.of(sentence), sentence);
  }

  @Test
  void aLongQuotationOfSeveralSentencesIsNeverALine() {
    String quotation = "\"The agreement to continue operations was reached with the consensus of Harakat al-Nujaba, "
        + "Kataib Hezbollah, Kataib Sayyid al-Shuhada, and Harakat Ansar Allah al-Awfiya. These groups emphasized "
        + "that operations will continue until the aggression on Gaza is fully halted. Otherwise, the operations "
        + "will persist, disregarding any threats.\" The source said.";
    assertEquals(new Dependence(Kind.NEVER_ALONE, "a quotation of several sentences"), ContextDependence.of(quotation));
  }

  @Test
  void aShortQuotationOfTwoSentencesWithItsSpeakerIsALine() {
    assertTrue(ContextDependence.of("``I saw his eyes. He looked right at me,'' said Zaken, a secretary.").standsAlone());
  }

  @Test
  void aQuotationLeftOpenGoesOnInTheNextParagraphAndIsNeverALine() {
    assertEquals(new Dependence(Kind.NEVER_ALONE, "a quotation that goes on past the sentence"),
        ContextDependence.of("A senior official said the threats are ``a form of blackmail, but a real one."));
  }
}
