package dev.dealcoach.core.review;

import dev.dealcoach.core.model.Deal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds deals from what a person types: the deal id, or part of the deal's name or account, with a
 * typo forgiven. Only the best kind of match is returned: an exact id beats a name that contains the
 * text, which beats words that start the same, which beats near-misses.
 */
public final class DealSearch {

    private DealSearch() {
    }

    public static List<Deal> find(String query, List<Deal> deals) {
        String wanted = normalize(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Deal> byId = deals.stream().filter(d -> d.id().equalsIgnoreCase(query.strip())).toList();
        if (!byId.isEmpty()) {
            return byId;
        }
        int best = 0;
        List<Deal> matches = new ArrayList<>();
        for (Deal deal : deals) {
            int score = score(wanted, deal);
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
