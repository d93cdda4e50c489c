package newsbrief.story;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.Article;
import newsbrief.TestSupport;

/**
 * A small invented day of news, written for these tests: three reports of a flood, two of an
 * interest-rate rise and one of a museum opening. Titles, outlets and dates are given in
 * sidecars, as the corpus does.
 */
public final class InventedDay {
  private InventedDay() {}

  /** File stem, sidecar, text. */
  private static final List<String[]> FILES = List.of(
      new String[] {"flood-wire", "title: Floods cut off Marden\noutlet: Wire One\ndate: 2024-11-28\n",
          "Heavy rain flooded the coastal town of Marden on Thursday, and rescue teams reached stranded families by boat.\n\n"
              + "The river Lune burst its banks after three days of storms, the mayor of Marden said.\n\n"
              + "About four hundred homes were evacuated overnight and two schools were turned into shelters.\n"},
      new String[] {"flood-daily", "outlet: Daily Two\ndate: 2024-11-28\n",
          "Rescue teams in boats reached families stranded by the flood in Marden, where the river Lune burst its banks on Thursday.\n\n"
              + "The mayor of Marden said the town had never seen such rain in living memory.\n\n"
              + "Shelters in two schools took in evacuated families from about four hundred homes.\n"},
      new String[] {"flood-evening", "outlet: Evening Three\ndate: 2024-11-29\n",
          "The river Lune fell slowly on Friday as Marden began to count the cost of the flood.\n\n"
              + "Insurers said claims from the storms and the flood in Marden could be the largest in years.\n\n"
              + "Families evacuated from their homes stayed in school shelters for a second night.\n"},
      new String[] {"rates-wire", "title: Central bank lifts rates\noutlet: Wire One\ndate: 2024-11-28\n",
          "The central bank raised its main interest rate by half a point on Thursday to curb inflation.\n\n"
              + "Markets had expected the increase, and bond yields barely moved after the decision, traders said.\n"},
      new String[] {"rates-daily", "outlet: Daily Two\ndate: 2024-11-28\n",
          "Borrowing costs rose on Thursday after the central bank lifted its interest rate by half a point.\n\n"
              + "The governor of the central bank said inflation was still far above the target of two percent.\n"},
      new String[] {"museum", "title: Harbour museum opens its doors\noutlet: Daily Two\ndate: 2024-11-27\n",
          "A museum of harbour life opened on Wednesday in the old customs house of Portlow.\n\n"
              + "Its first exhibition shows ship models, sea charts and photographs lent by local fishing families.\n"});

  /** Writes the articles and their sidecars into {@code folder}. */
  public static void writeTo(Path folder) throws IOException {
    for (String[] file : FILES) {
      Files.writeString(folder.resolve(file[0] + ".txt"), file[2], StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(file[0] + ".meta"), file[1], StandardCharsets.UTF_8);
    }
  }

  /** The articles as read from {@code folder}, in file-name order. */
  public static List<Article> read(Path folder) throws IOException {
    writeTo(folder);
    return TestSupport.readFolder(folder);
  }
}
