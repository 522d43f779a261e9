package dev.dealcoach.core.risk;

import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.format.Dates;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's reason or question with the deal's facts filled in: {@code "Close date pushed {pushes} this quarter"}
 * becomes "Close date pushed twice this quarter". Values are plain text: the alert marks them literal.
 */
final class RiskText {

    static final Set<String> PLACEHOLDERS = Set.of("deal", "account", "close", "close-days", "stage", "category", "amount",
            "days-quiet", "pushes", "days-pushed", "amount-drop", "stage-days", "verdict");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9-]+)}");

    private RiskText() {
    }

    /** Problems with the placeholders of {@code template}; empty when it is fine. */
    static List<String> problems(String template) {
        List<String> problems = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                problems.add("'{" + matcher.group(1) + "}' is not one of " + String.join(", ", PLACEHOLDERS.stream().sorted().toList()));
            }
        }
        return problems;
    }

    static String fill(String template, RiskFacts facts) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group(1), facts)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String value(String name, RiskFacts facts) {
        var deal = facts.deal();
        return switch (name) {
            case "deal" -> deal.name();
            case "account" -> deal.account();
            case "close" -> Dates.date(deal.closeDate(), facts.today());
            case "close-days" -> Dates.distance(deal.closeDate(), facts.today());
            case "stage" -> deal.stage().label();
            case "category" -> deal.forecastCategory().label();
            case "amount" -> Amounts.brief(deal.amount());
            case "days-quiet" -> String.valueOf(deal.daysQuiet(facts.today()));
            case "pushes" -> times(facts.track().pushes());
            case "days-pushed" -> String.valueOf(facts.track().daysPushed());
            case "amount-drop" -> facts.track().amountDropPercent().setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
            case "stage-days" -> facts.track().daysInStage().map(String::valueOf).orElse("?");
            case "verdict" -> facts.verdict().map(v -> v.name().toLowerCase(Locale.ROOT)).orElse("nothing");
            default -> "{" + name + "}";
        };
    }

    private static String times(int n) {
        return switch (n) {
            case 0 -> "no times";
            case 1 -> "once";
            case 2 -> "twice";
            default -> n + " times";
        };
    }
}
