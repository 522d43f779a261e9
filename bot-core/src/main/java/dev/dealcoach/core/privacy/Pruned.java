package dev.dealcoach.core.privacy;

/** How much one pass of retention dropped, by kind. */
public record Pruned(int deliveries, int activityDays, int dealChanges, int reviews, int forecastWeeks, int quarterRecords) {

    public static final Pruned NOTHING = new Pruned(0, 0, 0, 0, 0, 0);
}
