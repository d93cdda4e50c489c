package newsbrief.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Publication dates as a page or a line states them. The date is the calendar day written in the
 * value ({@code 2024-11-28T23:30:00-05:00} is 2024-11-28): never shifted to another time zone,
 * since that would state a day the page does not.
 */
final class Dates {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter[] FORMATS = {
    DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_ZONED_DATE_TIME,
  };

  private Dates() {}

  /**
   * A {@code YYYY-MM-DD} date or an ISO-8601 date-time (with or without offset or zone), or empty
   * when {@code value} is neither.
   */
  static Optional<LocalDate> strict(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    if (s.length() < 10 || !DAY.matcher(s.substring(0, 10)).matches()) {
      return Optional.empty();
    }
    LocalDate day;
    try {
      day = LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    if (s.length() == 10) {
      return Optional.of(day);
    }
    // A space instead of the T, as some feeds write it, is accepted too.
    String dateTime = s.charAt(10) == ' ' ? s.substring(0, 10) + "T" + s.substring(11) : s;
    for (DateTimeFormatter format : FORMATS) {
      try {
        format.parse(dateTime);
        return Optional.of(day);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /**
   * Lenient form for HTML pages: the day a value starts with, when it starts with a valid
   * {@code YYYY-MM-DD}; pages write all sorts of tails after it.
   */
  static Optional<LocalDate> leading(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    if (s.length() < 10 || !DAY.matcher(s.substring(0, 10)).matches()) {
      return Optional.empty();
    }
    if (s.length() > 10 && Character.isDigit(s.charAt(10))) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
