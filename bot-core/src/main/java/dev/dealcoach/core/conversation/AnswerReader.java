package dev.dealcoach.core.conversation;

import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.parse.DayMonthOrder;
import dev.dealcoach.core.parse.FlexibleDate;
import dev.dealcoach.core.parse.FlexibleMoney;
import dev.dealcoach.core.parse.FlexibleNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads what a person typed or picked as the answer to a question, or says briefly what is expected. */
public final class AnswerReader {

    /** Longer answers are cut to this many characters; nobody types more in a chat answer on purpose. */
    public static final int MAX_LENGTH = 2_000;

    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "yup", "sure", "true", "done", "confirmed", "correct");
    /** A yes/no answer made of these and {@link #NO_FILLER} ("no, not yet", "not really") is no. */
    private static final Set<String> NO = Set.of("no", "n", "nope", "nah", "not", "negative", "false");
    private static final Set<String> NO_FILLER = Set.of("yet", "really");
    private static final String READ_AS_DONT_KNOW = "Read as `don't know`.";
    private static final String NAME_AND_ROLE = "give a name and role, like `Dana Whitfield, CFO`, or `don't know`.";
    /** The example in a question's hint: "A number makes it real, like: losing 3 renewals a quarter". */
    private static final Pattern HINT_EXAMPLE = Pattern.compile("(?i)\\blike:\\s*(.*?)[.!;\\s]*$");

    /** What the answer is measured against: the person's own date, the org's currency and fiscal calendar. */
    public record Context(LocalDate today, Currency currency, FiscalCalendar calendar) {
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
            case TEXT -> text(question, text, context);
            case PERSON -> person(text, context);
            case YES_NO -> yesNo(text);
            case CHOICE -> choice(question.options(), text);
            case DATE -> date(text, question.notPast(), context);
            case MONEY -> money(text, context);
            case NUMBER -> number(text);
        };
        if (reading instanceof Accepted accepted && !note.isEmpty()) {
            return new Accepted(accepted.answer(), accepted.note().isEmpty() ? note : note + " " + accepted.note());
        }
        return reading;
    }

    /** True for "don't know", "I don't know", "none", "no one yet", "we have no idea" and the like (see {@link Uncertainty}). */
    public static boolean isDontKnow(String text) {
        return Uncertainty.isUnknown(text);
    }

    /** An unknown answer, with a note saying how it was read unless it was the words {@code don't know}. */
    private static Accepted unknown(String text) {
        return new Accepted(Answer.dontKnow(text), Uncertainty.isDontKnowItself(text) ? "" : READ_AS_DONT_KNOW);
    }

    private static String normalized(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("’", "'").replace("'", "");
        String words = lower.replaceAll("[^\\p{L}\\p{N}?]+", " ").strip();
        return words.isEmpty() && lower.contains("?") ? "?" : words;
    }

    private static Reading text(Question question, String text, Context context) {
        if (Placeholder.is(text)) {
            return new Rejected("That doesn't say much: say it in words, " + exampleOrDontKnow(question.hint()));
        }
        if (isDontKnow(text)) {
            return unknown(text);
        }
        if (Gibberish.is(text)) {
            return new Rejected("I can't make that out: type the answer in words, or `don't know`.");
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return new Rejected("Say it in words, " + exampleOrDontKnow(question.hint()));
        }
        Optional<String> unreadable = FlexibleDate.unreadableIn(text, context.today());
        if (unreadable.isPresent()) {
            return new Rejected(unreadableDate(unreadable.get()) + "write it like `Dec 15` or `next Friday`, or leave the date out.");
        }
        return new Accepted(Answer.of(text, text), "");
    }

    /** {@code like: <the example a hint gives>.}, or {@code or `don't know`.} when it gives none. */
    private static String exampleOrDontKnow(String hint) {
        Matcher example = HINT_EXAMPLE.matcher(hint);
        return example.find() ? "like: " + Markup.literal(example.group(1).strip()) + "." : "or `don't know`.";
    }

    private static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static Reading person(String text, Context context) {
        if (Placeholder.is(text)) {
            return new Rejected("That doesn't say much: " + NAME_AND_ROLE);
        }
        if (isDontKnow(text)) {
            return unknown(text);
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return new Rejected(capitalised(NAME_AND_ROLE));
        }
        if (Gibberish.is(text)) {
            return new Rejected("I can't make that out: " + NAME_AND_ROLE);
        }
        if (!NamePart.namesSomeone(text)) {
            return new Rejected(NamePart.opensWithPlaceholder(text) ? capitalised(NAME_AND_ROLE) : "I can't make out a name: " + NAME_AND_ROLE);
        }
        Optional<String> unreadable = FlexibleDate.unreadableIn(text, context.today());
        if (unreadable.isPresent()) {
            return new Rejected(unreadableDate(unreadable.get()) + "say when you last spoke like `last Tuesday` or `Nov 12`, or leave it out.");
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
        if (saysNo(word)) {
            return new Accepted(Answer.of(text, "no"), "");
        }
        if (isDontKnow(text)) {
            return unknown(text);
        }
        return new Rejected("Answer `yes` or `no` (or press a button).");
    }

    /** {@code no}, {@code nope}, {@code not yet}, {@code no, not yet}, {@code not really}: only words of refusal. */
    private static boolean saysNo(String words) {
        List<String> each = Arrays.asList(words.split(" "));
        return each.stream().anyMatch(NO::contains) && each.stream().allMatch(w -> NO.contains(w) || NO_FILLER.contains(w));
    }

    private static Reading choice(List<Block.Option> options, String text) {
        Optional<Block.Option> picked = pick(options, text);
        if (picked.isPresent()) {
            Block.Option option = picked.get();
            return new Accepted(new Answer(option.label(), option.value(), isUnknownOption(option), null), "");
        }
        if (isDontKnow(text)) {
            return options.stream().filter(AnswerReader::isUnknownOption).findFirst()
                    .map(option -> new Accepted(new Answer(option.label(), option.value(), true, null),
                            Uncertainty.isDontKnowItself(text) ? "" : "Read as `" + Markup.literal(option.label()) + "`."))
                    .orElseGet(() -> unknown(text));
        }
        return new Rejected("Pick one of: " + options.stream().map(o -> "`" + o.label() + "`")
                .collect(Collectors.joining(", ")) + " (or press a button, or type its number).");
    }

    /** The option a playbook gives for "don't know": its value is {@code unknown}. */
    private static boolean isUnknownOption(Block.Option option) {
        return "unknown".equals(option.value());
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

    private static Reading date(String text, boolean notPast, Context context) {
        Optional<LocalDate> date = FlexibleDate.parse(text, context.today(), context.calendar(),
                DayMonthOrder.usualFor(context.currency()));
        if (date.isPresent() && notPast && date.get().isBefore(context.today())) {
            return new Rejected(Dates.date(date.get(), context.today()) + " has passed: type a date still to come, or `don't know`.");
        }
        if (date.isPresent()) {
            return new Accepted(new Answer(text, date.get().toString(), false, date.get()), "");
        }
        if (isDontKnow(text)) {
            return unknown(text);
        }
        Optional<String> unreadable = FlexibleDate.unreadableIn(text, context.today());
        if (unreadable.isPresent()) {
            return new Rejected(unreadableDate(unreadable.get()) + "try `Dec 15`, `end of quarter` or `2026-12-15`.");
        }
        return new Rejected("I need a date, like `Dec 15`, `next Friday` or `2026-12-15`.");
    }

    private static String unreadableDate(String date) {
        return "I couldn't read `" + Markup.literal(date) + "` as a date: ";
    }

    /** The amount as typed ("$1.2M", shown back so), with its value in canonical form ({@code USD 1200000.00}). */
    private static Reading money(String text, Context context) {
        FlexibleMoney.Reading money = FlexibleMoney.read(text, context.currency());
        if (money instanceof FlexibleMoney.Amount amount) {
            return new Accepted(Answer.of(text, amount.money().toString()), "");
        }
        if (isDontKnow(text)) {
            return unknown(text);
        }
        if (money instanceof FlexibleMoney.Range) {
            return new Rejected("`" + Markup.literal(text) + "` is a range: give one number, the one you would commit to.");
        }
        if (money instanceof FlexibleMoney.Negative) {
            return new Rejected("An amount can't be negative: type it without the minus, like `$450k`.");
        }
        if (money instanceof FlexibleMoney.DecimalComma comma) {
            return new Rejected("Did you mean `" + Amounts.full(comma.meant()) + "`? Type it like that: in "
                    + comma.meant().currency().getCurrencyCode() + ", commas separate thousands and a point starts the decimals.");
        }
        return new Rejected("I need an amount, like `$450k`, `1.2M` or `450,000`.");
    }

    private static Reading number(String text) {
        Optional<BigDecimal> number = FlexibleNumber.parse(text);
        if (number.isPresent() && number.get().signum() < 0) {
            return new Rejected("I need a number of 0 or more, like `3` or `12`.");
        }
        if (number.isPresent()) {
            return new Accepted(Answer.of(text, number.get().stripTrailingZeros().toPlainString()), "");
        }
        if (isDontKnow(text)) {
            return unknown(text);
        }
        return new Rejected("I need a number, like `3` or `12`.");
    }
}
