package dev.dealcoach.core.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates as people say them: {@code Dec 12}, {@code Dec 12 (19 days)}, {@code Nov 16 (7 days ago)}. */
public final class Dates {

    private static final DateTimeFormatter SAME_YEAR = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private Dates() {
    }

    public static String date(LocalDate date, LocalDate today) {
        return (date.getYear() == today.getYear() ? SAME_YEAR : OTHER_YEAR).format(date);
    }

    public static String withDistance(LocalDate date, LocalDate today) {
        return date(date, today) + " (" + distance(date, today) + ")";
    }

    /** {@code today}, {@code tomorrow}, {@code 19 days}, {@code yesterday}, {@code 7 days ago}. */
    public static String distance(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "today";
        } else if (days == 1) {
            return "tomorrow";
        } else if (days == -1) {
            return "yesterday";
        }
        return days > 0 ? days + " days" : -days + " days ago";
    }
}
