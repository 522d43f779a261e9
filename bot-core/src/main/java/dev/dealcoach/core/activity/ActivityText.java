package dev.dealcoach.core.activity;

import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.parse.FlexibleMoney;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed log: {@code 2 discovery 1 exec}, {@code exec 1}, {@code 1 proposal $120k pipeline},
 * {@code nothing}. Each kind once; anything it cannot place makes the whole log unreadable.
 */
final class ActivityText {

    private static final String KINDS = "exec(?:utive)?s?|meetings?|disco(?:very)?|calls?|proposals?|pocs?";
    private static final Pattern COUNT_FIRST = Pattern.compile("(\\d{1,9})\\s*(?:x\\s*)?(" + KINDS + ")(?:\\s+(?:meetings?|calls?))?");
    private static final Pattern KIND_FIRST = Pattern.compile("(" + KINDS + ")(?:\\s+(?:meetings?|calls?))?\\s*[:=]?\\s*(\\d{1,9})");
    private static final String AMOUNT = "([$€£¥]?\\s*\\d[\\d.]*\\s*(?:k|m|mm|million|grand)?)";
    private static final String PIPELINE = "(?:of\\s+)?(?:new\\s+)?pipe(?:line)?";
    private static final Pattern AMOUNT_FIRST = Pattern.compile(AMOUNT + "\\s*" + PIPELINE);
    private static final Pattern PIPELINE_FIRST = Pattern.compile(PIPELINE + "\\s*[:=]?\\s*" + AMOUNT);
    private static final Pattern NOTHING = Pattern.compile("nothing|none|no activity|nothing today|0");

    /** More of one kind than this in a day is a typo, not a log. */
    static final int MOST = 99;

    private ActivityText() {
    }

    /** More new pipeline than this in a day is a typo too. */
    static Money mostPipeline(Currency currency) {
        return new Money(java.math.BigDecimal.valueOf(1_000_000_000L), currency);
    }

    /** The log the text says, in {@code currency}; empty when some of it cannot be read. */
    static Optional<ActivityLog> read(String text, Currency currency) {
        String rest = text.strip().toLowerCase(Locale.ROOT).replaceAll("(?<=\\d),(?=\\d{3}\\b)", "").replace(',', ' ').replaceAll("\\band\\b", " ");
        if (NOTHING.matcher(rest).matches()) {
            return Optional.of(ActivityLog.nothing(currency));
        }
        Money pipeline = Money.zero(currency);
        for (Pattern pattern : new Pattern[] {AMOUNT_FIRST, PIPELINE_FIRST}) {
            Matcher matcher = pattern.matcher(rest);
            if (matcher.find()) {
                Optional<Money> amount = FlexibleMoney.parse(matcher.group(1), currency);
                if (amount.isEmpty() || !amount.get().currency().equals(currency) || pipeline.amount().signum() > 0) {
                    return Optional.empty();
                }
                pipeline = amount.get();
                rest = rest.substring(0, matcher.start()) + " " + rest.substring(matcher.end());
            }
        }
        int[] counts = new int[3];
        boolean[] seen = new boolean[3];
        // "exec 2 disco 4" pairs each kind with the number after it; "2 exec 4 disco" with the one before.
        Pattern[] order = rest.strip().matches("^(" + KINDS + ")\\b.*") ? new Pattern[] {KIND_FIRST, COUNT_FIRST}
                : new Pattern[] {COUNT_FIRST, KIND_FIRST};
        for (Pattern pattern : order) {
            Matcher matcher = pattern.matcher(rest);
            StringBuilder left = new StringBuilder();
            while (matcher.find()) {
                String number = pattern == COUNT_FIRST ? matcher.group(1) : matcher.group(2);
                String kind = pattern == COUNT_FIRST ? matcher.group(2) : matcher.group(1);
                int index = index(kind);
                if (seen[index]) {
                    return Optional.empty();
                }
                seen[index] = true;
                counts[index] = Integer.parseInt(number);
                matcher.appendReplacement(left, " ");
            }
            matcher.appendTail(left);
            rest = left.toString();
        }
        boolean anything = seen[0] || seen[1] || seen[2] || pipeline.amount().signum() > 0;
        boolean believable = counts[0] <= MOST && counts[1] <= MOST && counts[2] <= MOST && pipeline.compareTo(mostPipeline(currency)) <= 0;
        if (!rest.isBlank() || !anything || !believable) {
            return Optional.empty();
        }
        return Optional.of(new ActivityLog(counts[0], counts[1], counts[2], pipeline));
    }

    private static int index(String kind) {
        if (kind.startsWith("exec") || kind.startsWith("meeting")) {
            return 0;
        }
        if (kind.startsWith("disco") || kind.startsWith("call")) {
            return 1;
        }
        return 2;
    }
}
