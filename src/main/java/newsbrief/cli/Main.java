package newsbrief.cli;

/** Entry point of {@code newsbrief.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
