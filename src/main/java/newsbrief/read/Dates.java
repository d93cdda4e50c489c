package newsbrief.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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

  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  /** Month, day, year: {@code Nov. 19, 2019}, {@code Tue Nov 19 21:57:01 UTC 2019}, {@code November 19, 2019, 7:47 PM}. */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b,?(?:\\s+[\\d:]+(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?,?\\s+((?:19|20)\\d\\d)\\b");
  /** Day, month, year: {@code 19 Nov 2019}, {@code 19th November, 2019}. */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
  /** Year, month, day with slashes or dots, or written together: {@code 2019/11/19}, {@code 20191119}. */
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile("^((?:19|20)\\d\\d)([/.]?)(\\d{2})\\2(\\d{2})(?!\\d)");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private Dates() {}

  /**
   * The day a page states in any of the unambiguous forms pages write: ISO-8601 at the start
   * (see {@link #leading}), {@code YYYY/MM/DD}, {@code YYYYMMDD}, or an English month name with
   * its day and year anywhere in the value ({@code Nov. 19, 2019}, {@code 19 Nov 2019 07:09 GMT}).
   * All-numeric days and months in either order ({@code 11/12/2019}) are ambiguous and not read.
   */
  static Optional<LocalDate> stated(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Optional<LocalDate> iso = leading(value);
    if (iso.isPresent()) {
      return iso;
    }
    String s = value.strip();
    Matcher ymd = YEAR_MONTH_DAY.matcher(s);
    if (ymd.find()) {
      return day(ymd.group(1), ymd.group(3), ymd.group(4));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(s);
    if (mdy.find()) {
      return day(mdy.group(3), month(mdy.group(1)), mdy.group(2));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(s);
    if (dmy.find()) {
      return day(dmy.group(3), month(dmy.group(2)), dmy.group(1));
    }
    return Optional.empty();
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
  }

  private static Optional<LocalDate> day(String year, String month, String day) {
    try {
      return plausible(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

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
   * {@code YYYY-MM-DD} from 1900 to 2100; pages write all sorts of tails after it.
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
      return plausible(LocalDate.parse(s.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Pages write 0001-01-01 and the like for "no date": a publication date is from 1900 to 2100. */
  private static Optional<LocalDate> plausible(LocalDate day) {
    return day.getYear() >= 1900 && day.getYear() <= 2100 ? Optional.of(day) : Optional.empty();
  }
}
