package dev.dealcoach.core.activity;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/** Keeps what each rep logged per local date. */
public interface ActivityStore {

    /** Adds {@code logged} to the person's day; a log of nothing still marks the day as answered. */
    void add(String personId, LocalDate date, ActivityLog logged);

    /** The days from {@code from} to {@code to} (both included) the person logged, with what, amounts in {@code currency}. */
    Map<LocalDate, ActivityLog> between(String personId, LocalDate from, LocalDate to, Currency currency);
}
