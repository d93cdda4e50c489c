package newsbrief.spark;

import newsbrief.Newsbrief;

/**
 * One {@link Newsbrief} per JVM, for the tasks an executor runs: CoreNLP takes about a second to
 * set up, far more than a task should pay. The library itself keeps no such static (its pipeline
 * is built once and passed in); this holder is the Spark job's, and the library object it holds is
 * thread-safe, so concurrent tasks of one executor share it.
 */
final class ExecutorLibrary {
  private static volatile Newsbrief shared;

  private ExecutorLibrary() {}

  static Newsbrief newsbrief() {
    Newsbrief library = shared;
    if (library == null) {
      synchronized (ExecutorLibrary.class) {
        library = shared;
        if (library == null) {
          library = Newsbrief.withCoreNlp();
          shared = library;
        }
      }
    }
    return library;
  }
}
