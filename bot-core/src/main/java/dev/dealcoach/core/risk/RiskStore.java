package dev.dealcoach.core.risk;

import java.time.LocalDate;
import java.util.Optional;

/** Keeps, per deal, the risk state it was last alerted in, so that each state is alerted once. */
public interface RiskStore {

    /** The state ({@link RiskAlerts#state}) the deal was last alerted in; empty when none is live. */
    Optional<String> alerted(String dealId);

    /**
     * Records that the deal is alerted in {@code state}, unless it already was: true for the one caller
     * that changed it (two instances evaluating at once alert once).
     */
    boolean markAlerted(String dealId, String state);

    /** The deal is no longer at risk: a later risk is alerted again. */
    void clear(String dealId);

    /** No alert for the deal up to and including {@code until} ("Snooze 7 days"). */
    void snooze(String dealId, LocalDate until);

    Optional<LocalDate> snoozedUntil(String dealId);

    /** "Not a risk": no alert for the deal while its facts are {@code facts} ({@link RiskAlerts#facts}). */
    void dismiss(String dealId, String facts);

    /** The facts the deal was dismissed with, if it was. */
    Optional<String> dismissed(String dealId);

    /** Counts one alert sent to {@code managerId} on their local {@code date}; the count so far, this one included. */
    int countAlert(String managerId, LocalDate date);

    /** Records that the manager was alerted about the deal in {@code quarter} ({@code FY27-Q4}). */
    void recordAlerted(String managerId, String quarter, String dealId);

    /** Records that the manager acted on the deal's alert (reviewed, snoozed, called it not a risk) in {@code quarter}. */
    void recordActed(String managerId, String quarter, String dealId);

    /** The deals the manager was alerted about in {@code quarter}, and of those they acted on. */
    AlertRecord record(String managerId, String quarter);

    /** The manager wants their team's alerts in one message each morning ({@code risk alerts morning}) rather than as they come. */
    void morningDigest(String managerId, boolean on);

    /** The managers who chose the morning digest. */
    java.util.Set<String> morningDigestManagers();

    /** Keeps the deal's alert for the manager's next morning digest. */
    void hold(String managerId, String dealId);

    /** Takes the deals held for the manager's next morning digest: they are held no longer (one caller gets each). */
    java.util.Set<String> takeHeld(String managerId);

    /** @param acted the alerted deals acted on */
    record AlertRecord(java.util.Set<String> alerted, java.util.Set<String> acted) {
    }
}
