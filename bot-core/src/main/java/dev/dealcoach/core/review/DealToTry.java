package dev.dealcoach.core.review;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deal a greeting suggests reviewing: of the open deals the person may review, their own closing
 * soonest and not overdue, else their own, else their team's the same way; with the fewest words
 * that find it alone.
 *
 * @param query what to type after {@code review}, like {@code litware}
 */
public record DealToTry(Deal deal, String query) {

    public static Optional<DealToTry> of(Org org, Person person, List<Deal> deals, LocalDate today) {
        List<Deal> open = deals.stream()
                .filter(d -> d.stage().isOpen() && org.isWithin(d.ownerId(), person.id()))
                .sorted(Comparator.comparing(Deal::closeDate).thenComparing(Deal::id))
                .toList();
        return soonestNotOverdue(open.stream().filter(d -> d.ownerId().equals(person.id())).toList(), today)
                .or(() -> soonestNotOverdue(open, today))
                .map(deal -> new DealToTry(deal, DealSearch.shortestQuery(deal, open)));
    }

    private static Optional<Deal> soonestNotOverdue(List<Deal> candidates, LocalDate today) {
        return candidates.stream().filter(d -> !d.closeDate().isBefore(today)).findFirst().or(() -> candidates.stream().findFirst());
    }
}
