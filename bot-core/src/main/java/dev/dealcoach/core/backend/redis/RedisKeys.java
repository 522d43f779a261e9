package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.conversation.ConversationKey;

/**
 * Every key DealCoach writes, under one prefix. On a Redis Cluster ({@code clustered}) the keys one
 * script or transaction touches together share a hash tag, so that they live in one slot: the org and
 * its version ({@code {org}}), the deals and their totals ({@code {deals}}), a forecast week's keys
 * ({@code forecast:{FY27-Q4-W04}:...}) and the outbox ({@code {outbox}}). On one server the names stay
 * as they always were, so that an upgrade finds its data.
 */
record RedisKeys(String prefix, boolean clustered) {

    RedisKeys(String prefix) {
        this(prefix, false);
    }

    String org() {
        return prefix + (clustered ? "{org}" : "org");
    }

    /** Changes whenever the org is saved. */
    String orgVersion() {
        return org() + ":version";
    }

    String deals() {
        return prefix + (clustered ? "{deals}" : "deals");
    }

    /** Each deal's part in its owner's totals: deal id -> tally. */
    String dealTallies() {
        return prefix + (clustered ? "{deals}:tallies" : "deal-tallies");
    }

    /** A month's sums ({@code month} as {@code 2026-11}): owner id -> {@code field=integer ...}. */
    String dealTotals(String month) {
        return prefix + (clustered ? "{deals}:sums:" : "deal-sums:") + month;
    }

    /** The months that have sums. */
    String dealTotalsMonths() {
        return prefix + (clustered ? "{deals}:sums-months" : "deal-sums-months");
    }

    /** Where {@link #deals()}, {@link #dealTallies()} and the sums are written before they replace those in one step. */
    String dealsStaging(String run) {
        return prefix + (clustered ? "{deals}" : "deals") + ":staging:" + run + ":";
    }

    String conversation(ConversationKey key) {
        return prefix + "conversation:" + key.personId() + ":" + key.place();
    }

    String reviews(String dealId) {
        return prefix + "reviews:" + dealId;
    }

    String addresses(String platform) {
        return prefix + "addresses:" + platform;
    }

    String once(String key) {
        return prefix + "once:" + key;
    }

    /** The stream of queued envelopes. */
    String outbox() {
        return prefix + (clustered ? "{outbox}" : "outbox");
    }

    /** Remembers that an envelope key was queued. */
    String outboxKey(String envelopeKey) {
        return outbox() + ":key:" + envelopeKey;
    }

    String outboxOutcome(String envelopeKey) {
        return outbox() + ":outcome:" + envelopeKey;
    }

    String preferredContacts() {
        return prefix + "contacts:preferred";
    }

    String lastContacts() {
        return prefix + "contacts:last";
    }

    /** The week's calls that count: person id -> call. */
    String forecastWeek(String week) {
        return forecastWeeks() + (clustered ? "{" + week + "}" : week);
    }

    /** What every forecast week's keys start with, before the week. */
    String forecastWeeks() {
        return prefix + "forecast:";
    }

    /** The week of a key of {@link #forecastWeeks()}; empty for a key that is not one. */
    java.util.Optional<String> weekOf(String key) {
        return named(forecastWeeks(), key);
    }

    /**
     * The name ({@code FY27-Q4-W04}) a key starting with {@code start} is under: tagged on a cluster
     * ({@code start{name}...}), else up to the next colon.
     */
    private java.util.Optional<String> named(String start, String key) {
        if (!key.startsWith(start)) {
            return java.util.Optional.empty();
        }
        String rest = key.substring(start.length());
        if (clustered) {
            int close = rest.indexOf('}');
            return rest.startsWith("{") && close > 0 ? java.util.Optional.of(rest.substring(1, close)) : java.util.Optional.empty();
        }
        return java.util.Optional.of(rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest);
    }

    /** The numbers of the week's calls that count, compact: person id -> {@code USD closed commit best pipeline}. */
    String forecastCalled(String week) {
        return forecastWeek(week) + ":called";
    }

    String forecastVersions(String week, String personId) {
        return forecastWeek(week) + ":" + personId + ":versions";
    }

    String forecastAway(String week) {
        return forecastWeek(week) + ":away";
    }

    /** A week's lines once it has gone by: person id -> line, and an empty field marking them kept. */
    String forecastLines(String week) {
        return forecastWeek(week) + ":lines";
    }

    /** A closed quarter's commit accuracy: person id -> accuracy, and an empty field marking it kept. */
    String forecastAccuracy(String quarter) {
        return forecastAccuracies() + (clustered ? "{" + quarter + "}" : quarter);
    }

    /** What every quarter's accuracy key starts with, before the quarter. */
    String forecastAccuracies() {
        return prefix + "forecast-accuracy:";
    }

    /** The quarter of a key of {@link #forecastAccuracies()} (a draft's too, so that retention drops it); empty for a key that is not one. */
    java.util.Optional<String> accuracyQuarterOf(String key) {
        return named(forecastAccuracies(), key);
    }

    /** person id -> check-in preferences (away, snoozed, daily nudge off). */
    String preferences() {
        return prefix + "preferences";
    }

    /** person id and local date -> what they logged that day. */
    String activity(String personId) {
        return prefix + "activity:" + personId;
    }

    /** deal id -> the risk state it was last alerted in. */
    String riskAlerted() {
        return prefix + "risk:alerted";
    }

    /** A deal's changes between loads, oldest first. */
    String dealHistory(String dealId) {
        return prefix + "deal-history:" + dealId;
    }

    /** deal id -> the last day its slip-risk alerts are snoozed. */
    String riskSnoozed() {
        return prefix + "risk:snoozed";
    }

    /** deal id -> the facts it was called "not a risk" with. */
    String riskDismissed() {
        return prefix + "risk:dismissed";
    }

    /** Where syncing with the CRM stands: cursor, last success, last error. */
    String crmStatus() {
        return prefix + "crm:status";
    }

    /** Who holds the lease {@code name} (one instance at a time does that job). */
    String lease(String name) {
        return prefix + "lease:" + name;
    }

    /** The managers who get their slip-risk alerts as one morning digest. */
    String riskMorningDigest() {
        return prefix + "risk:morning-digest";
    }

    /** The deals whose alerts wait for a manager's morning digest. */
    String riskHeld(String managerId) {
        return prefix + "risk:held:" + managerId;
    }

    /** manager id -> slip-risk alerts sent to them on a local date. */
    String riskSent(String date) {
        return prefix + "risk:sent:" + date;
    }

    /** The deals a manager was alerted about ({@code alerted}) or acted on ({@code acted}) in a quarter. */
    String riskRecord(String quarter, String managerId, String kind) {
        return prefix + "risk:" + kind + ":" + quarter + ":" + managerId;
    }
}
