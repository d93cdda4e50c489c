package newsbrief.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A made-up dataset in DUC layout, for tests that must not depend on the licensed DUC text: two
 * clusters of three short dated articles, each with two reference summaries.
 */
public final class TinyDucFolder {
  private TinyDucFolder() {}

  /** Writes the dataset under {@code root} and returns {@code root}. */
  public static Path write(Path root) throws IOException {
    cluster(root.resolve("c001"), List.of(
        """
        RIVERTON (AP) _ The main bridge over the Silver River reopened on Friday after two weeks of repairs.

        Engineers said the spring floods had damaged two of the bridge's supports.

        Traffic had been sent through the northern bypass while the work went on.
        """,
        """
        The Silver River bridge in Riverton was closed on Monday after floods damaged its supports.

        Engineers said repairs to the bridge would take about two weeks.

        Shop owners in the town centre said the closure cost them many customers.
        """,
        """
        Floods swept through Riverton on Sunday, closing roads and the bridge over the Silver River.

        About two hundred homes near the river lost power for a day.

        The mayor asked residents to stay away from the river banks until the water went down.
        """),
        List.of("The Silver River bridge in Riverton reopened Friday after flood repairs.\nFloods had damaged its supports.\n",
            "Floods closed the Riverton bridge, which reopened after two weeks of repairs to its supports.\n"));
    cluster(root.resolve("c002"), List.of(
        """
        The city council of Lakeside approved a new public library on Tuesday by a vote of seven to two.

        The library will be built on the site of the old bus depot near the harbour.

        Construction is expected to start next spring and to take two years.
        """,
        """
        Lakeside will get a new public library after the council backed the plan on Tuesday.

        Supporters said the old library was too small for the growing town.

        Two council members voted against the plan, citing its cost of twelve million dollars.
        """,
        """
        A plan for a new library in Lakeside goes to the city council on Tuesday.

        The library would replace a building that opened in the nineteen fifties.

        Residents have collected more than three thousand signatures in support of the plan.
        """),
        List.of("Lakeside's council approved a new public library on the old bus depot site.\nIt will cost twelve million dollars.\n",
            "The Lakeside city council voted seven to two on Tuesday for a new library by the harbour.\n"));
    return root;
  }

  private static void cluster(Path folder, List<String> articles, List<String> references) throws IOException {
    Files.createDirectories(folder.resolve("docs"));
    Files.createDirectories(folder.resolve("refs"));
    for (int i = 0; i < articles.size(); i++) {
      String name = "DOC" + i;
      Files.writeString(folder.resolve("docs").resolve(name + ".txt"), articles.get(i));
      Files.writeString(folder.resolve("docs").resolve(name + ".meta"), "date: 2024-05-0" + (3 - i) + "\n");
    }
    for (int r = 0; r < references.size(); r++) {
      Files.writeString(folder.resolve("refs").resolve((char) ('A' + r) + ".txt"), references.get(r));
    }
  }
}
