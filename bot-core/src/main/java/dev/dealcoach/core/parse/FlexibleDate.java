package dev.dealcoach.core.parse;

import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.FiscalQuarter;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date the way sales reps type it in chat, relative to a given today: ISO dates ({@code 2026-12-15}),
 * numeric dates ({@code 15/12}, {@code 12/15/2026}, {@code 15.12.2026}), English month names with a day
 * ({@code Dec 15}, {@code 15th of December}, {@code Dec 15, 2026}) or a part ({@code January}, {@code mid Jan},
 * {@code early Feb}, {@code end of March}), relative phrases ({@code tomorrow}, {@code friday}, {@code last Tuesday},
 * {@code in 2 weeks}, {@code 3 days ago}, {@code next month}, {@code next quarter}, {@code end of the month},
 * {@code end of next quarter}, {@code EOY}), and quarters ({@code Q1}, {@code Q1 2027}, {@code Q2 FY28}). A leading
 * {@code by} is ignored ({@code by Q2}, {@code by Friday}).
 *
 * <ul>
 *   <li>A numeric date is read day/month or month/day as one of its numbers is over 12; when both could be the
 *       month, dots mean day first ({@code 3.4.} is April 3) and slashes follow the caller's {@link DayMonthOrder}
 *       (without one they are refused). A two-digit year is in this century.</li>
 *   <li>A month and day without a year take the year that puts the date closest to today (the later one on a tie).</li>
 *   <li>A month named without a day is its last day; {@code early} is its 7th, {@code mid} its 15th, {@code late} and
 *       {@code end of} its last day. Without a year it is this month or the next one of that name.</li>
 *   <li>A bare weekday, and {@code this}, {@code next} or {@code coming} weekday, all mean the first such day strictly
 *       after today; {@code last} weekday is the most recent one strictly before today.</li>
 *   <li>{@code next week} / {@code last week} are exactly seven days from today; months and years follow the calendar.</li>
 *   <li>Quarters are the fiscal calendar's, and a quarter stands for its last day: {@code end of quarter} ({@code EOQ}) is
 *       the end of today's quarter, {@code next quarter} the end of the next, {@code Q1} the end of the next Q1 that has
 *       not ended (today's quarter if it is Q1), and a year after it names the fiscal year ({@code Q1 2027} =
 *       {@code Q1 FY27}). Without a calendar they are calendar quarters. {@code end of year} ({@code EOY}) and
 *       {@code end of fiscal year} ({@code EOFY}) are the fiscal year's last day (Dec 31 when it starts in January);
 *       {@code end of calendar year} is Dec 31.</li>
 * </ul>
 */
public final class FlexibleDate {

    private static final Map<String, Month> MONTHS = monthNames();
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdayNames();
    private static final Map<String, ChronoUnit> UNITS = unitNames();
    private static final Set<String> FILLER = Set.of("the", "of");
    private static final Set<String> MONTH_PARTS = Set.of("early", "mid", "middle", "late", "end");
    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "eom", List.of("end", "month"), "eoq", List.of("end", "quarter"),
            "eoy", List.of("end", "year"), "eofy", List.of("end", "fy"));
    private static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(1);
    /** Weekday abbreviations that are also everyday English words, so a sentence using them is not read as a date. */
    private static final Set<String> NOT_WEEKDAYS_IN_SENTENCES = Set.of("sat", "sun");
    private static final int LONGEST_PHRASE = 4;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?");
    private static final int MONTHS_IN_A_YEAR = 12;
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** {@code mid-January} is {@code mid January}. */
    private static final Pattern MONTH_PART_HYPHEN = Pattern.compile("\\b(early|mid|late)-");
    private static final Pattern QUARTER = Pattern.compile("q([1-4])");
    private static final Pattern FISCAL_YEAR = Pattern.compile("fy(\\d{2}|\\d{4})|(\\d{4})");

    private static final String MONTH_NAME = "(?:" + String.join("|", MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    /** Bits of text shaped like a date: an ISO date, a month name with a day, or an ordinal day "of" a Name. */
    private static final List<Pattern> DATE_SHAPES = List.of(
            Pattern.compile("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b"),
            Pattern.compile("\\b" + MONTH_NAME + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAME + "\\b(?:,?\\s+\\d{4}\\b)?",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b\\d{1,3}(?:st|nd|rd|th)\\s+of\\s+\\p{Lu}\\p{L}*"));

    /** One shape of date phrase: the date the words mean, or null when the words do not have this shape. */
    @FunctionalInterface
    private interface Rule {
        LocalDate apply(List<String> words, LocalDate today, FiscalCalendar calendar);
    }

    private static final List<Rule> RULES = List.of(
            FlexibleDate::isoDate,
            FlexibleDate::namedDay,
            FlexibleDate::weekday,
            FlexibleDate::nextOrLastPeriod,
            FlexibleDate::inPeriods,
            FlexibleDate::periodsAgo,
            FlexibleDate::endOf,
            FlexibleDate::relativeQuarter,
            FlexibleDate::quarter,
            FlexibleDate::calendarDate,
            FlexibleDate::partOfMonth);

    private FlexibleDate() {
    }

    /**
     * The date the whole text stands for (case and surrounding punctuation ignored), or empty; calendar quarters, and
     * numeric dates that could be either way round ({@code 3/4}) refused.
     */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        return read(text, today, CALENDAR_YEAR, null);
    }

    /**
     * The date the whole text stands for, with quarters and fiscal years from {@code calendar}, and numeric dates that
     * could be either way round read in {@code order}; or empty.
     */
    public static Optional<LocalDate> parse(String text, LocalDate today, FiscalCalendar calendar, DayMonthOrder order) {
        return read(text, today, Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(order, "order"));
    }

    /** {@code order} null refuses numeric dates that could be either way round. */
    private static Optional<LocalDate> read(String text, LocalDate today, FiscalCalendar calendar, DayMonthOrder order) {
        Objects.requireNonNull(today, "today");
        if (text == null) {
            return Optional.empty();
        }
        List<String> words = words(text);
        if (!words.isEmpty() && words.get(0).equals("by")) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() == 1 && NUMERIC.matcher(words.get(0)).matches()) {
            return Optional.ofNullable(numericDate(words.get(0), today, order));
        }
        for (Rule rule : RULES) {
            LocalDate date = rule.apply(words, today, calendar);
            if (date != null) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /**
     * The date mentioned somewhere in a longer sentence: the longest run of one to four words that {@link #parse}
     * accepts, the leftmost one on ties. Bare numbers and month names alone ("they may sign") never count.
     */
    public static Optional<LocalDate> findIn(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (text == null) {
            return Optional.empty();
        }
        List<String> words = sentenceWords(text);
        for (int length = Math.min(LONGEST_PHRASE, words.size()); length >= 1; length--) {
            for (int start = 0; start + length <= words.size(); start++) {
                List<String> window = words.subList(start, start + length);
                if (!Collections.disjoint(window, NOT_WEEKDAYS_IN_SENTENCES) || window.size() == 1 && MONTHS.containsKey(window.get(0))) {
                    continue;
                }
                Optional<LocalDate> date = parse(String.join(" ", window), today);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first bit of {@code text} shaped like a date that is not one, as typed: {@code 2026-13-45}, {@code Feb 30},
     * {@code 45th of Smarch}. Numbers that are not shaped like dates ({@code 3 renewals a quarter}, {@code 12/15})
     * never count.
     */
    public static Optional<String> unreadableIn(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (text == null) {
            return Optional.empty();
        }
        int first = Integer.MAX_VALUE;
        String unreadable = null;
        for (Pattern shape : DATE_SHAPES) {
            Matcher match = shape.matcher(text);
            while (match.find()) {
                if (match.start() < first && parse(match.group(), today).isEmpty()) {
                    first = match.start();
                    unreadable = match.group();
                }
            }
        }
        return Optional.ofNullable(unreadable);
    }

    // ---- splitting text into words

    /** Lower-case words split on spaces and commas, with punctuation around each word and filler words dropped. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : MONTH_PART_HYPHEN.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("$1 ").split("[\\s,]+")) {
            String word = trimPunctuation(raw);
            if (ABBREVIATIONS.containsKey(word)) {
                words.addAll(ABBREVIATIONS.get(word));
            } else if (!word.isEmpty() && !FILLER.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Lower-case words of a sentence: runs of letters, digits and inner hyphens (which ISO dates need). */
    private static List<String> sentenceWords(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            String word = trimPunctuation(raw);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Drops punctuation around a word, but keeps a minus sign so that "-2" is not read as 2. */
    private static String trimPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start)) && !isMinusSign(word, start)) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static boolean isMinusSign(String word, int i) {
        return word.charAt(i) == '-' && i + 1 < word.length() && Character.isDigit(word.charAt(i + 1));
    }

    // ---- rules

    private static LocalDate isoDate(List<String> words, LocalDate today, FiscalCalendar calendar) {
        if (words.size() != 1) {
            return null;
        }
        Matcher iso = ISO.matcher(words.get(0));
        if (!iso.matches()) {
            return null;
        }
        return dateOrNull(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
    }

    private static LocalDate namedDay(List<String> words, LocalDate today, FiscalCalendar calendar) {
        if (words.size() != 1) {
            return null;
        }
        return switch (words.get(0)) {
            case "today" -> today;
            case "tomorrow", "tmrw" -> today.plusDays(1);
            case "yesterday" -> today.minusDays(1);
            default -> null;
        };
    }

    private static LocalDate weekday(List<String> words, LocalDate today, FiscalCalendar calendar) {
        DayOfWeek day = WEEKDAYS.get(words.get(words.size() - 1));
        if (day == null || words.size() > 2) {
            return null;
        }
        String qualifier = words.size() == 2 ? words.get(0) : "this";
        return switch (qualifier) {
            case "this", "next", "coming" -> today.with(TemporalAdjusters.next(day));
            case "last" -> today.with(TemporalAdjusters.previous(day));
            default -> null;
        };
    }

    /**
     * {@code next week}, {@code last month}, {@code next year}: one unit from today. Not days, because
     * "the last day of the quarter" would otherwise read as yesterday.
     */
    private static LocalDate nextOrLastPeriod(List<String> words, LocalDate today, FiscalCalendar calendar) {
        ChronoUnit unit = words.size() == 2 ? UNITS.get(words.get(1)) : null;
        if (unit == null || unit == ChronoUnit.DAYS) {
            return null;
        }
        return switch (words.get(0)) {
            case "next" -> shift(today, 1, unit);
            case "last" -> shift(today, -1, unit);
            default -> null;
        };
    }

    /** {@code in 3 days}, {@code in a week}, {@code in two months}. */
    private static LocalDate inPeriods(List<String> words, LocalDate today, FiscalCalendar calendar) {
        if (words.size() != 3 || !words.get(0).equals("in") || !UNITS.containsKey(words.get(2))) {
            return null;
        }
        Integer count = count(words.get(1));
        return count == null ? null : shift(today, count, UNITS.get(words.get(2)));
    }

    /** {@code 3 days ago}, {@code a month ago}. */
    private static LocalDate periodsAgo(List<String> words, LocalDate today, FiscalCalendar calendar) {
        if (words.size() != 3 || !words.get(2).equals("ago") || !UNITS.containsKey(words.get(1))) {
            return null;
        }
        Integer count = count(words.get(0));
        return count == null ? null : shift(today, -count, UNITS.get(words.get(1)));
    }

    /**
     * {@code end of month}, {@code end of the year}, {@code end of next quarter}, {@code end of last month},
     * {@code end of fiscal year}, {@code end of calendar year} (filler words are already gone, abbreviations spelt out).
     */
    private static LocalDate endOf(List<String> words, LocalDate today, FiscalCalendar calendar) {
        if (words.size() < 2 || !words.get(0).equals("end")) {
            return null;
        }
        List<String> period = words.subList(1, words.size());
        int ahead = switch (period.get(0)) {
            case "next" -> 1;
            case "last" -> -1;
            default -> 0;
        };
        if (ahead != 0 || period.get(0).equals("this")) {
            period = period.subList(1, period.size());
        }
        return switch (String.join(" ", period)) {
            case "month" -> today.plusMonths(ahead).with(TemporalAdjusters.lastDayOfMonth());
            case "quarter" -> quarterAhead(calendar, today, ahead).end();
            case "calendar year" -> today.plusYears(ahead).with(TemporalAdjusters.lastDayOfYear());
            case "year", "fy", "fiscal year" -> fiscalYearEnd(calendar, today).plusYears(ahead).with(TemporalAdjusters.lastDayOfMonth());
            default -> null;
        };
    }

    /** {@code Q1}, {@code end of Q1}, {@code Q1 2027}, {@code Q1 FY27}, {@code FY27 Q1}: the quarter's last day. */
    private static LocalDate quarter(List<String> words, LocalDate today, FiscalCalendar calendar) {
        List<String> rest = words.get(0).equals("end") ? words.subList(1, words.size()) : words;
        if (rest.isEmpty() || rest.size() > 2) {
            return null;
        }
        Matcher quarter = QUARTER.matcher(rest.get(0));
        Matcher year = rest.size() == 2 ? FISCAL_YEAR.matcher(rest.get(1)) : null;
        if (!quarter.matches() && rest.size() == 2) {
            quarter = QUARTER.matcher(rest.get(1));
            year = FISCAL_YEAR.matcher(rest.get(0));
        }
        if (!quarter.matches() || year != null && !year.matches()) {
            return null;
        }
        int number = Integer.parseInt(quarter.group(1));
        if (year == null) {
            FiscalQuarter next = calendar.quarterOf(today);
            while (next.quarter() != number) {
                next = calendar.next(next);
            }
            return next.end();
        }
        String digits = year.group(1) != null ? year.group(1) : year.group(2);
        int fiscalYear = digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
        int startYear = calendar.startMonth() == 1 ? fiscalYear : fiscalYear - 1;
        LocalDate start = dateOrNull(startYear, calendar.startMonth(), 1);
        return start == null ? null : calendar.quarterOf(start.plusMonths(3L * (number - 1))).end();
    }

    /** {@code this quarter}, {@code next quarter}, {@code last quarter}: that quarter's last day. */
    private static LocalDate relativeQuarter(List<String> words, LocalDate today, FiscalCalendar calendar) {
        if (words.size() != 2 || !words.get(1).equals("quarter")) {
            return null;
        }
        return switch (words.get(0)) {
            case "this" -> quarterAhead(calendar, today, 0).end();
            case "next" -> quarterAhead(calendar, today, 1).end();
            case "last" -> quarterAhead(calendar, today, -1).end();
            default -> null;
        };
    }

    /**
     * {@code January}, {@code Jan 2027}, {@code early Feb} (the 7th), {@code mid January} (the 15th),
     * {@code late March} and {@code end of March} (the last day), {@code mid next month}.
     */
    private static LocalDate partOfMonth(List<String> words, LocalDate today, FiscalCalendar calendar) {
        String part = words.get(0);
        boolean named = MONTH_PARTS.contains(part);
        if (!named && !MONTHS.containsKey(part)) {
            return null;
        }
        YearMonth month = month(named ? words.subList(1, words.size()) : words, today);
        if (month == null) {
            return null;
        }
        return switch (named ? part : "end") {
            case "early" -> month.atDay(7);
            case "mid", "middle" -> month.atDay(15);
            default -> month.atEndOfMonth();
        };
    }

    /** {@code January} (this month or the next January), {@code January 2027}, {@code this month}, {@code next month}. */
    private static YearMonth month(List<String> words, LocalDate today) {
        if (words.size() == 2 && words.get(1).equals("month")) {
            return switch (words.get(0)) {
                case "this" -> YearMonth.from(today);
                case "next" -> YearMonth.from(today).plusMonths(1);
                default -> null;
            };
        }
        Month month = words.isEmpty() || words.size() > 2 ? null : MONTHS.get(words.get(0));
        if (month == null) {
            return null;
        }
        if (words.size() == 1) {
            YearMonth thisYear = YearMonth.of(today.getYear(), month);
            return thisYear.isBefore(YearMonth.from(today)) ? thisYear.plusYears(1) : thisYear;
        }
        return YEAR.matcher(words.get(1)).matches() ? YearMonth.of(Integer.parseInt(words.get(1)), month) : null;
    }

    /**
     * {@code 15/12}, {@code 12/15/2026}, {@code 15.12.26}: a number over 12 is the day; else dots put the day first and
     * slashes follow {@code order} (none: refused).
     */
    private static LocalDate numericDate(String word, LocalDate today, DayMonthOrder order) {
        Matcher numeric = NUMERIC.matcher(word);
        if (!numeric.matches()) {
            return null;
        }
        int first = Integer.parseInt(numeric.group(1));
        int second = Integer.parseInt(numeric.group(3));
        boolean dayFirst;
        if (first > MONTHS_IN_A_YEAR || second > MONTHS_IN_A_YEAR) {
            dayFirst = first > MONTHS_IN_A_YEAR;
        } else if (numeric.group(2).equals(".")) {
            dayFirst = true;
        } else if (order != null) {
            dayFirst = order == DayMonthOrder.DAY_FIRST;
        } else {
            return null;
        }
        int day = dayFirst ? first : second;
        int month = dayFirst ? second : first;
        if (month < 1 || month > MONTHS_IN_A_YEAR) {
            return null;
        }
        String year = numeric.group(4);
        if (year == null) {
            return closestTo(today, Month.of(month), day);
        }
        return dateOrNull(year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year), month, day);
    }

    /** {@code Dec 15}, {@code 15th December}, {@code Dec 15 2026}, {@code 15 Dec 2026}. */
    private static LocalDate calendarDate(List<String> words, LocalDate today, FiscalCalendar calendar) {
        if (words.size() < 2 || words.size() > 3) {
            return null;
        }
        Month month;
        Integer day;
        if (MONTHS.containsKey(words.get(0))) {
            month = MONTHS.get(words.get(0));
            day = dayOfMonth(words.get(1));
        } else {
            month = MONTHS.get(words.get(1));
            day = dayOfMonth(words.get(0));
        }
        if (month == null || day == null) {
            return null;
        }
        if (words.size() == 2) {
            return closestTo(today, month, day);
        }
        String year = words.get(2);
        return YEAR.matcher(year).matches() ? dateOrNull(Integer.parseInt(year), month.getValue(), day) : null;
    }

    // ---- helpers

    private static FiscalQuarter quarterAhead(FiscalCalendar calendar, LocalDate today, int ahead) {
        FiscalQuarter quarter = calendar.quarterOf(today);
        for (int i = 0; i < Math.abs(ahead); i++) {
            quarter = ahead > 0 ? calendar.next(quarter) : calendar.previous(quarter);
        }
        return quarter;
    }

    private static LocalDate fiscalYearEnd(FiscalCalendar calendar, LocalDate today) {
        FiscalQuarter quarter = calendar.quarterOf(today);
        while (quarter.quarter() != 4) {
            quarter = calendar.next(quarter);
        }
        return quarter.end();
    }

    private static Integer dayOfMonth(String word) {
        Matcher day = DAY.matcher(word);
        return day.matches() ? Integer.valueOf(day.group(1)) : null;
    }

    /** The month-day in last, this or next year, whichever is nearest to today; the later one wins a tie. */
    private static LocalDate closestTo(LocalDate today, Month month, int day) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = today.getYear() + 1; year >= today.getYear() - 1; year--) {
            LocalDate candidate = dateOrNull(year, month.getValue(), day);
            if (candidate != null) {
                long distance = Math.abs(ChronoUnit.DAYS.between(today, candidate));
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** A count of units: digits, a number word, or {@code a}/{@code an}; null when it is not a whole number >= 0. */
    private static Integer count(String word) {
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        Optional<BigDecimal> number = FlexibleNumber.parse(word);
        if (number.isEmpty() || number.get().signum() < 0) {
            return null;
        }
        try {
            return number.get().intValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    private static LocalDate shift(LocalDate today, long amount, ChronoUnit unit) {
        try {
            return today.plus(amount, unit);
        } catch (DateTimeException | ArithmeticException outOfRange) {
            return null;
        }
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            names.put(name, month);
            names.put(name.substring(0, 3), month);
        }
        names.put("sept", Month.SEPTEMBER);
        return Map.copyOf(names);
    }

    private static Map<String, DayOfWeek> weekdayNames() {
        Map<String, DayOfWeek> names = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            names.put(name, day);
            names.put(name.substring(0, 3), day);
        }
        names.put("tues", DayOfWeek.TUESDAY);
        names.put("weds", DayOfWeek.WEDNESDAY);
        names.put("thur", DayOfWeek.THURSDAY);
        names.put("thurs", DayOfWeek.THURSDAY);
        return Map.copyOf(names);
    }

    private static Map<String, ChronoUnit> unitNames() {
        return Map.of(
                "day", ChronoUnit.DAYS, "days", ChronoUnit.DAYS,
                "week", ChronoUnit.WEEKS, "weeks", ChronoUnit.WEEKS,
                "month", ChronoUnit.MONTHS, "months", ChronoUnit.MONTHS,
                "year", ChronoUnit.YEARS, "years", ChronoUnit.YEARS);
    }
}
