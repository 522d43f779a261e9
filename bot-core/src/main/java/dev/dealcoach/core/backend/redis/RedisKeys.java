package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.conversation.ConversationKey;

/** Every key DealCoach writes, under one prefix. */
record RedisKeys(String prefix) {

    String org() {
        return prefix + "org";
    }

    /** Changes whenever the org is saved. */
    String orgVersion() {
        return prefix + "org:version";
    }

    String deals() {
        return prefix + "deals";
    }

    /** Each deal's part in its owner's totals: deal id -> tally. */
    String dealTallies() {
        return prefix + "deal-tallies";
    }

    /** A month's sums ({@code month} as {@code 2026-11}): owner id -> {@code field=integer ...}. */
    String dealTotals(String month) {
        return prefix + "deal-sums:" + month;
    }

    /** The months that have sums. */
    String dealTotalsMonths() {
        return prefix + "deal-sums-months";
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
        return prefix + "outbox";
    }

    /** Remembers that an envelope key was queued. */
    String outboxKey(String envelopeKey) {
        return prefix + "outbox:key:" + envelopeKey;
    }

    String outboxOutcome(String envelopeKey) {
        return prefix + "outbox:outcome:" + envelopeKey;
    }

    String preferredContacts() {
        return prefix + "contacts:preferred";
    }

    String lastContacts() {
        return prefix + "contacts:last";
    }

    /** The week's calls that count: person id -> call. */
    String forecastWeek(String week) {
        return prefix + "forecast:" + week;
    }

    /** The numbers of the week's calls that count, compact: person id -> {@code USD closed commit best pipeline}. */
    String forecastCalled(String week) {
        return prefix + "forecast:" + week + ":called";
    }

    String forecastVersions(String week, String personId) {
        return prefix + "forecast:" + week + ":" + personId + ":versions";
    }

    String forecastAway(String week) {
        return prefix + "forecast:" + week + ":away";
    }

    /** A week's lines once it has gone by: person id -> line, and an empty field marking them kept. */
    String forecastLines(String week) {
        return prefix + "forecast:" + week + ":lines";
    }

    /** A closed quarter's commit accuracy: person id -> accuracy, and an empty field marking it kept. */
    String forecastAccuracy(String quarter) {
        return prefix + "forecast-accuracy:" + quarter;
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
