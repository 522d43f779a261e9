package dev.dealcoach.core.review;

import dev.dealcoach.core.model.Deal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds deals from what a person types: the deal id (or just its number: {@code 1070} for
 * {@code D-1070}), or part of the deal's name or account, with a typo forgiven and words like
 * "please" or "my" ignored. Only the best kind of match is returned: an exact id beats a name that
 * contains the text, which beats words that start the same, which beats near-misses.
 */
public final class DealSearch {

    /** Words people put around a deal's name that are no part of it: {@code review my litware deal please}. */
    private static final Set<String> FILLER = Set.of("please", "pls", "plz", "thanks", "thank", "you", "can", "could",
            "would", "i", "me", "my", "our", "the", "a", "an", "this", "that", "deal", "deals", "opportunity", "opp",
            "review", "check", "look", "at", "on", "for", "of", "with", "it", "one", "now", "again", "lets", "let", "s", "us");

    private DealSearch() {
    }

    public static List<Deal> find(String query, List<Deal> deals) {
        String wanted = normalize(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        // Filler is dropped only when something is left, and a deal is scored both ways: "bank of
        // america" still matches the deal of that exact name best.
        String core = withoutFiller(wanted);
        List<Deal> byId = deals.stream().filter(d -> isId(wanted, d) || isId(core, d)).toList();
        if (!byId.isEmpty()) {
            return byId;
        }
        int best = 0;
        List<Deal> matches = new ArrayList<>();
        for (Deal deal : deals) {
            int score = Math.max(score(wanted, deal), core.equals(wanted) ? 0 : score(core, deal));
            if (score > best) {
                best = score;
                matches.clear();
            }
            if (score == best && score > 0) {
                matches.add(deal);
            }
        }
        matches.sort(Comparator.comparing(Deal::closeDate).thenComparing(Deal::id));
        return matches;
    }

    /** The fewest words that find {@code deal} alone among {@code among}: the account's first word, the account, the name, else the id. */
    public static String shortestQuery(Deal deal, List<Deal> among) {
        String account = deal.account().strip();
        for (String candidate : List.of(account.split("\\s+")[0], account, deal.name())) {
            String typed = candidate.toLowerCase(java.util.Locale.ROOT);
            if (!typed.isBlank() && find(typed, among).equals(List.of(deal))) {
                return typed;
            }
        }
        return deal.id();
    }

    /** True for what is typed as a deal id, whether or not a deal has it: {@code D-9999}, {@code d1O74}, {@code #1070}. */
    public static boolean looksLikeAnId(String text) {
        return text.strip().matches("(?i)(d[- ]?|#)[0-9][0-9a-z]{2,9}");
    }

    /** {@code D-1070}, {@code d 1070}, {@code d1070} or a bare {@code 1070} for the deal {@code D-1070}. */
    private static boolean isId(String wanted, Deal deal) {
        String id = normalize(deal.id());
        if (wanted.equals(id) || wanted.replace(" ", "").equals(id.replace(" ", ""))) {
            return true;
        }
        return wanted.chars().allMatch(Character::isDigit) && id.matches(".*\\D" + wanted);
    }

    private static String withoutFiller(String wanted) {
        String core = Arrays.stream(wanted.split(" ")).filter(word -> !FILLER.contains(word)).collect(Collectors.joining(" "));
        return core.isEmpty() ? wanted : core;
    }

    private static int score(String wanted, Deal deal) {
        String name = normalize(deal.name());
        String text = name + " " + normalize(deal.account());
        if (name.equals(wanted) || normalize(deal.account()).equals(wanted)) {
            return 5;
        }
        if (name.startsWith(wanted)) {
            return 4;
        }
        if (text.contains(wanted)) {
            return 3;
        }
        String[] words = text.split(" ");
        if (everyWordMatches(wanted, words, false)) {
            return 2;
        }
        return everyWordMatches(wanted, words, true) ? 1 : 0;
    }

    private static boolean everyWordMatches(String wanted, String[] words, boolean forgiveTypos) {
        for (String part : wanted.split(" ")) {
            boolean found = false;
            for (String word : words) {
                if (forgiveTypos ? nearMiss(part, word) : word.startsWith(part)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** One edit for words of four letters or more, two for eight or more; short words must match. */
    private static boolean nearMiss(String typed, String word) {
        int allowed = typed.length() >= 8 ? 2 : typed.length() >= 4 ? 1 : 0;
        if (allowed == 0) {
            return false;
        }
        String prefix = word.length() > typed.length() + allowed ? word.substring(0, typed.length()) : word;
        return distance(typed, prefix) <= allowed || distance(typed, word) <= allowed;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
