package dev.dealcoach.core.conversation;

import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.parse.FlexibleDate;
import dev.dealcoach.core.parse.FlexibleMoney;
import dev.dealcoach.core.parse.FlexibleNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads what a person typed or picked as the answer to a question, or says briefly what is expected. */
public final class AnswerReader {

    /** Longer answers are cut to this many characters; nobody types more in a chat answer on purpose. */
    public static final int MAX_LENGTH = 2_000;

    private static final Set<String> DONT_KNOW = Set.of("dont know", "do not know", "not sure", "unsure", "unknown",
            "no idea", "none", "no", "nobody", "no one", "noone", "n a", "na", "tbd", "idk", "nothing", "not yet", "skip",
            "no clue", "none yet", "no one yet", "nobody yet", "?");
    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "yup", "sure", "true", "done", "confirmed", "correct");
    private static final Set<String> NO = Set.of("no", "n", "nope", "false", "not yet", "negative");

    /** What the answer is measured against: the person's own date and the org's currency. */
    public record Context(LocalDate today, Currency currency) {
    }

    /** The result of reading an answer. */
    public sealed interface Reading {
    }

    /** @param note something to tell the person about how the answer was kept (e.g. it was cut), or empty */
    public record Accepted(Answer answer, String note) implements Reading {
    }

    /** @param hint one short sentence saying what is expected */
    public record Rejected(String hint) implements Reading {
    }

    public Reading read(Question question, String input, Context context) {
        String text = input == null ? "" : input.strip();
        String note = "";
        if (text.length() > MAX_LENGTH) {
            text = TextCut.first(text, MAX_LENGTH);
            note = "That was long: I kept the first " + String.format(Locale.ROOT, "%,d", MAX_LENGTH) + " characters.";
        }
        if (text.isEmpty()) {
            return new Rejected("Type an answer, or `don't know`.");
        }
        Reading reading = switch (question.type()) {
            case TEXT -> text(text);
            case PERSON -> person(text, context);
            case YES_NO -> yesNo(text);
            case CHOICE -> choice(question.options(), text);
            case DATE -> date(text, context);
            case MONEY -> money(text, context);
            case NUMBER -> number(text);
        };
        return reading instanceof Accepted accepted && !note.isEmpty() ? new Accepted(accepted.answer(), note) : reading;
    }

    /** True for "don't know", "none", "no one yet" and the like. */
    public static boolean isDontKnow(String text) {
        return DONT_KNOW.contains(normalized(text));
    }

    private static String normalized(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("’", "'").replace("'", "");
        String words = lower.replaceAll("[^\\p{L}\\p{N}?]+", " ").strip();
        return words.isEmpty() && lower.contains("?") ? "?" : words;
    }

    private static Reading text(String text) {
        if (isDontKnow(text)) {
            return new Accepted(Answer.dontKnow(text), "");
        }
        return new Accepted(Answer.of(text, text), "");
    }

    private static Reading person(String text, Context context) {
        if (isDontKnow(text)) {
            return new Accepted(Answer.dontKnow(text), "");
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return new Rejected("Give a name and role, like `Dana Whitfield, CFO`, or `don't know`.");
        }
        LocalDate contact = FlexibleDate.findIn(text, context.today()).map(date -> pastWeekday(date, text, context.today()))
                .filter(date -> !date.isAfter(context.today()))
                .orElse(null);
        return new Accepted(new Answer(text, text, false, contact), "");
    }

    /**
     * A contact is in the past: "met Friday" means last Friday, though a bare weekday otherwise
     * means the coming one; "next Friday" stays in the future (and is then dropped).
     */
    private static LocalDate pastWeekday(LocalDate date, String text, LocalDate today) {
        boolean comingWeek = date.isAfter(today) && !date.isAfter(today.plusDays(7));
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean saysFuture = lower.matches("(?s).*\\b(next|this|coming)\\s+" + weekday + ".*");
        return comingWeek && lower.contains(weekday) && !saysFuture ? date.minusWeeks(1) : date;
    }

    private static Reading yesNo(String text) {
        String word = normalized(text);
        if (YES.contains(word)) {
            return new Accepted(Answer.of(text, "yes"), "");
        }
        if (NO.contains(word)) {
            return new Accepted(Answer.of(text, "no"), "");
        }
        if (isDontKnow(text)) {
            return new Accepted(Answer.dontKnow(text), "");
        }
        return new Rejected("Answer `yes` or `no` (or press a button).");
    }

    private static Reading choice(List<Block.Option> options, String text) {
        Optional<Block.Option> picked = pick(options, text);
        if (picked.isPresent()) {
            Block.Option option = picked.get();
            return new Accepted(new Answer(option.label(), option.value(), "unknown".equals(option.value()), null), "");
        }
        if (isDontKnow(text)) {
            return new Accepted(Answer.dontKnow(text), "");
        }
        return new Rejected("Pick one of: " + options.stream().map(o -> "`" + o.label() + "`")
                .collect(Collectors.joining(", ")) + " (or press a button, or type its number).");
    }

    /** By value (a button), by number ({@code 2}), by label, or by the start of one label only. */
    private static Optional<Block.Option> pick(List<Block.Option> options, String text) {
        for (Block.Option option : options) {
            if (option.value().equals(text)) {
                return Optional.of(option);
            }
        }
        String typed = normalized(text);
        if (typed.matches("\\d{1,2}")) {
            int number = Integer.parseInt(typed);
            return number >= 1 && number <= options.size() ? Optional.of(options.get(number - 1)) : Optional.empty();
        }
        for (Block.Option option : options) {
            if (normalized(option.label()).equals(typed)) {
                return Optional.of(option);
            }
        }
        List<Block.Option> starting = typed.isEmpty() ? List.of()
                : options.stream().filter(o -> normalized(o.label()).startsWith(typed)).toList();
        return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
    }

    private static Reading date(String text, Context context) {
        Optional<LocalDate> date = FlexibleDate.parse(text, context.today());
        if (date.isPresent()) {
            return new Accepted(new Answer(text, date.get().toString(), false, date.get()), "");
        }
        if (isDontKnow(text)) {
            return new Accepted(Answer.dontKnow(text), "");
        }
        return new Rejected("I need a date, like `Dec 15`, `next Friday` or `2026-12-15`.");
    }

    private static Reading money(String text, Context context) {
        Optional<Money> money = FlexibleMoney.parse(text, context.currency());
        if (money.isPresent()) {
            return new Accepted(Answer.of(Amounts.full(money.get()), money.get().toString()), "");
        }
        if (isDontKnow(text)) {
            return new Accepted(Answer.dontKnow(text), "");
        }
        return new Rejected("I need an amount, like `$450k`, `1.2M` or `450,000`.");
    }

    private static Reading number(String text) {
        Optional<BigDecimal> number = FlexibleNumber.parse(text);
        if (number.isPresent()) {
            return new Accepted(Answer.of(text, number.get().stripTrailingZeros().toPlainString()), "");
        }
        if (isDontKnow(text)) {
            return new Accepted(Answer.dontKnow(text), "");
        }
        return new Rejected("I need a number, like `3` or `12`.");
    }
}
