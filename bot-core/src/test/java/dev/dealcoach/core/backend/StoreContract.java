package dev.dealcoach.core.backend;

import dev.dealcoach.core.store.ChannelAddress;
import dev.dealcoach.core.review.ReviewStore;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.conversation.ConversationState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Role;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.ReviewOutcome;
import dev.dealcoach.core.review.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Stores} implementation must do. Subclasses supply fresh, empty stores and a way
 * to let time pass (a test clock for memory, real waiting for Redis's own expiry).
 */
public abstract class StoreContract {

    /** Short enough to wait out with a real server, long enough not to lapse while a test step runs. */
    protected static final Duration SHORT_TTL = Duration.ofMillis(300);

    protected Stores stores;

    protected abstract Stores createEmptyStores();

    /** Lets at least {@code duration} pass as the stores see time. */
    protected abstract void letTimePass(Duration duration) throws InterruptedException;

    @BeforeEach
    void openStores() {
        stores = createEmptyStores();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    static Person person(String id, Role role, String manager, String zone) {
        return new Person(id, "Person " + id, id + "@example.com", role, manager, ZoneId.of(zone),
                Money.of("500000", "USD"), role == Role.MANAGER ? "U" + id.toUpperCase() : null, null);
    }

    static Org org() {
        return Org.of(new FiscalCalendar(2), Currency.getInstance("EUR"), List.of(
                person("dana", Role.DIRECTOR, null, "America/Chicago"),
                person("mo", Role.MANAGER, "dana", "America/New_York"),
                person("ria", Role.REP, "mo", "Europe/London")));
    }

    static Deal deal(String id, String owner, String amount) {
        return new Deal(id, "Deal " + id, "Account " + id, owner, Money.of(amount, "USD"), Stage.PROOF,
                ForecastCategory.BEST_CASE, LocalDate.of(2026, 12, 15), "Next, \"quoted\" & <b>step</b> 🚀",
                null, LocalDate.of(2026, 9, 1));
    }

    @Test
    void anEmptyStoreHasNoOrgAndNoDeals() {
        assertThat(stores.org().load()).isEmpty();
        assertThat(stores.deals().all()).isEmpty();
        assertThat(stores.deals().find("D-1")).isEmpty();
    }

    @Test
    void theOrgComesBackWhole() {
        Org org = org();

        stores.org().save(org);

        Org loaded = stores.org().load().orElseThrow();
        assertThat(loaded).isEqualTo(org);
        assertThat(loaded.bySlackUser("UMO").map(Person::id)).contains("mo");
        assertThat(loaded.below("dana")).extracting(Person::id).containsExactly("mo", "ria");
    }

    @Test
    void savingAnOrgReplacesTheOldOne() {
        stores.org().save(org());
        Org smaller = Org.of(new FiscalCalendar(1), Currency.getInstance("USD"),
                List.of(person("kim", Role.DIRECTOR, null, "UTC")));

        stores.org().save(smaller);

        assertThat(stores.org().load()).contains(smaller);
    }

    @Test
    void dealsComeBackExactlyAsSaved() {
        Deal deal = deal("D-1", "ria", "240000.50");
        Deal withActivity = new Deal("D-2", "Two", "Acme", "mo", Money.of("10", "JPY"), Stage.CLOSED_WON,
                ForecastCategory.CLOSED, LocalDate.of(2026, 11, 2), "", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 1));

        stores.deals().save(deal);
        stores.deals().save(withActivity);

        assertThat(stores.deals().find("D-1")).contains(deal);
        assertThat(stores.deals().find("D-2")).contains(withActivity);
    }

    @Test
    void savingADealWithAKnownIdReplacesIt() {
        stores.deals().save(deal("D-1", "ria", "100"));

        stores.deals().save(deal("D-1", "ria", "200"));

        assertThat(stores.deals().all()).extracting(Deal::amount).containsExactly(Money.of("200", "USD"));
    }

    @Test
    void dealsAreListedByIdAndByOwner() {
        stores.deals().save(deal("D-3", "ria", "3"));
        stores.deals().save(deal("D-1", "ria", "1"));
        stores.deals().save(deal("D-2", "mo", "2"));

        assertThat(stores.deals().all()).extracting(Deal::id).containsExactly("D-1", "D-2", "D-3");
        assertThat(stores.deals().ownedBy("ria")).extracting(Deal::id).containsExactly("D-1", "D-3");
        assertThat(stores.deals().ownedBy("nobody")).isEmpty();
    }

    @Test
    void replacingAllDealsDropsTheOldOnes() {
        stores.deals().save(deal("D-1", "ria", "1"));
        stores.deals().save(deal("D-2", "ria", "2"));

        stores.deals().replaceAll(List.of(deal("D-2", "mo", "20"), deal("D-9", "mo", "90")));

        assertThat(stores.deals().all()).extracting(Deal::id, Deal::ownerId)
                .containsExactly(tuple("D-2", "mo"), tuple("D-9", "mo"));

        stores.deals().replaceAll(List.of());
        assertThat(stores.deals().all()).isEmpty();
    }

    @Test
    void conversationStateIsKeptPerPersonAndPlace() {
        ConversationKey dm = new ConversationKey("ria", "dm");
        ConversationKey thread = new ConversationKey("ria", "C024BE91L:1700000000.000100");
        ConversationState review = ConversationState.start("review", Map.of("deal", "D-1"))
                .answered("champion", new Answer("Raj <@U123> 🚀, met *Tuesday*", "Raj <@U123> 🚀, met *Tuesday*", false,
                        LocalDate.of(2026, 11, 17)))
                .answered("budget", Answer.dontKnow("no idea"));

        stores.conversations().save(dm, review, Duration.ofDays(7));

        assertThat(stores.conversations().find(dm)).contains(review);
        assertThat(stores.conversations().find(dm).orElseThrow().answers().keySet()).containsExactly("champion", "budget");
        assertThat(stores.conversations().find(thread)).isEmpty();
        assertThat(stores.conversations().find(new ConversationKey("mo", "dm"))).isEmpty();
    }

    @Test
    void conversationStateCanBeReplacedAndDeleted() {
        ConversationKey dm = new ConversationKey("ria", "dm");
        ConversationState first = ConversationState.start("review", Map.of("deal", "D-1"));
        stores.conversations().save(dm, first, Duration.ofDays(7));

        ConversationState next = first.answered("metrics", Answer.of("cut churn 8%", "cut churn 8%"));
        stores.conversations().save(dm, next, Duration.ofDays(7));
        assertThat(stores.conversations().find(dm)).contains(next);

        stores.conversations().delete(dm);
        assertThat(stores.conversations().find(dm)).isEmpty();
    }

    @Test
    void aConversationIsReplacedOnlyWhenNobodyChangedItInBetween() {
        ConversationKey dm = new ConversationKey("ria", "dm");
        ConversationState started = ConversationState.start("review", Map.of("deal", "D-1"));
        ConversationState answered = started.answered("budget", Answer.of("Approved", "approved"));
        ConversationState otherRun = ConversationState.start("review", Map.of("deal", "D-2"));

        assertThat(stores.conversations().replace(dm, started, answered, Duration.ofDays(7))).isFalse();
        assertThat(stores.conversations().replace(dm, null, started, Duration.ofDays(7))).isTrue();
        assertThat(stores.conversations().replace(dm, null, otherRun, Duration.ofDays(7))).isFalse();
        assertThat(stores.conversations().replace(dm, otherRun, answered, Duration.ofDays(7))).isFalse();
        assertThat(stores.conversations().replace(dm, started, answered, Duration.ofDays(7))).isTrue();
        assertThat(stores.conversations().replace(dm, started, started.answered("budget", Answer.of("No budget yet", "none")),
                Duration.ofDays(7))).isFalse();

        assertThat(stores.conversations().find(dm)).contains(answered);
    }

    @Test
    void anExpiredConversationCountsAsNone() throws InterruptedException {
        ConversationKey dm = new ConversationKey("ria", "dm");
        ConversationState started = ConversationState.start("review", Map.of());
        stores.conversations().save(dm, started, SHORT_TTL);

        letTimePass(SHORT_TTL.plusMillis(50));

        assertThat(stores.conversations().replace(dm, null, started, Duration.ofDays(7))).isTrue();
    }

    @Test
    void concurrentReplacesOfOneRevisionHaveExactlyOneWinner() throws Exception {
        ConversationKey dm = new ConversationKey("ria", "dm");
        ConversationState started = ConversationState.start("review", Map.of());
        stores.conversations().save(dm, started, Duration.ofDays(7));
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String value = "answer " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return stores.conversations().replace(dm, started, started.answered("pain", Answer.of(value, value)),
                            Duration.ofDays(7));
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(stores.conversations().find(dm).orElseThrow().revision()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void conversationStateExpiresAfterItsTimeToLiveUnlessSavedAgain() throws InterruptedException {
        ConversationKey idle = new ConversationKey("ria", "dm");
        ConversationKey busy = new ConversationKey("mo", "dm");
        ConversationState state = ConversationState.start("review", Map.of());
        stores.conversations().save(idle, state, SHORT_TTL);
        stores.conversations().save(busy, state, SHORT_TTL.multipliedBy(2));

        letTimePass(SHORT_TTL.plusMillis(50));
        // saved again for long, so that a slow step before the find cannot let it lapse
        stores.conversations().save(busy, state, Duration.ofMinutes(1));

        assertThat(stores.conversations().find(idle)).isEmpty();
        assertThat(stores.conversations().find(busy)).contains(state);
    }

    static DealReview review(String dealId, String reviewer, Instant at, Verdict verdict) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("economic-buyer", new Answer("Dana, CFO, met <b>Tuesday</b> 🚀", "Dana, CFO, met <b>Tuesday</b> 🚀", false,
                LocalDate.of(2026, 11, 17)));
        answers.put("budget", new Answer("Approved", "approved", false, null));
        answers.put("champion", Answer.dontKnow("no one yet"));
        ReviewOutcome outcome = new ReviewOutcome(Map.of("economic-buyer", 2, "champion", 0), verdict,
                List.of("an engaged economic buyer"), List.of("no active champion"),
                List.of(new ReviewOutcome.StageGap(Stage.EVALUATION, "Champion identified", "Who gains most?")),
                List.of(new ReviewOutcome.NextStep("Champion identified", "Who gains most?")),
                List.of("Close date Nov 26 has passed"));
        return new DealReview("r-" + at.toEpochMilli(), reviewer, at, "meddpicc", deal(dealId, "ria", "240000"), answers, outcome);
    }

    @Test
    void reviewsComeBackWholeNewestFirstPerDeal() {
        DealReview first = review("D-1", "ria", Instant.parse("2026-11-09T10:00:00Z"), Verdict.DEVELOP);
        DealReview second = review("D-1", "mo", Instant.parse("2026-11-23T10:00:00Z"), Verdict.PURSUE);
        DealReview other = review("D-2", "ria", Instant.parse("2026-11-20T10:00:00Z"), Verdict.DISQUALIFY);

        stores.reviews().save(first);
        stores.reviews().save(other);
        stores.reviews().save(second);

        assertThat(stores.reviews().latest("D-1")).contains(second);
        assertThat(stores.reviews().history("D-1")).containsExactly(second, first);
        assertThat(stores.reviews().history("D-2")).containsExactly(other);
        assertThat(stores.reviews().latest("D-9")).isEmpty();
        assertThat(stores.reviews().history("D-9")).isEmpty();
        assertThat(stores.reviews().latest("D-1").orElseThrow().answers().keySet())
                .containsExactly("economic-buyer", "budget", "champion");
    }

    @Test
    void onlyTheNewestReviewsOfADealAreKept() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < ReviewStore.KEPT_PER_DEAL + 3; i++) {
            stores.reviews().save(review("D-1", "ria", start.plusSeconds(i), Verdict.DEVELOP));
        }

        List<DealReview> history = stores.reviews().history("D-1");
        assertThat(history).hasSize(ReviewStore.KEPT_PER_DEAL);
        assertThat(history.get(0).at()).isEqualTo(start.plusSeconds(ReviewStore.KEPT_PER_DEAL + 2));
        assertThat(history.get(history.size() - 1).at()).isEqualTo(start.plusSeconds(3));
    }

    @Test
    void theLatestAddressPerPlatformAndKeyIsKept() {
        ChannelAddress first = new ChannelAddress("teams", "ria", "{\"serviceUrl\":\"https://smba.example/emea/\"}", false,
                Instant.parse("2026-11-20T10:00:00Z"));
        ChannelAddress moved = new ChannelAddress("teams", "ria", "{\"serviceUrl\":\"https://smba.example/amer/\"}", false,
                Instant.parse("2026-11-23T10:00:00Z"));

        stores.addresses().save(first);
        stores.addresses().save(moved);
        stores.addresses().save(new ChannelAddress("teams", "channel:19:abc@thread.tacv2", "{}", false, Instant.parse("2026-11-23T10:00:00Z")));

        assertThat(stores.addresses().find("teams", "ria")).contains(moved);
        assertThat(stores.addresses().find("slack", "ria")).isEmpty();
        assertThat(stores.addresses().find("teams", "mo")).isEmpty();
        assertThat(stores.addresses().find("teams", "channel:19:abc@thread.tacv2")).isPresent();

        stores.addresses().save(moved.asStale());
        assertThat(stores.addresses().find("teams", "ria").orElseThrow().stale()).isTrue();
    }

    @Test
    void onlyTheFirstMarkOfAKeyWins() {
        assertThat(stores.idempotency().markFirst("slack:event:Ev123", Duration.ofMinutes(10))).isTrue();
        assertThat(stores.idempotency().markFirst("slack:event:Ev123", Duration.ofMinutes(10))).isFalse();
        assertThat(stores.idempotency().markFirst("slack:event:Ev124", Duration.ofMinutes(10))).isTrue();
    }

    @Test
    void aMarkCanBeMadeAgainOnceItHasExpired() throws InterruptedException {
        assertThat(stores.idempotency().marked("checkin:ria:2026-11-23")).isFalse();
        assertThat(stores.idempotency().markFirst("checkin:ria:2026-11-23", SHORT_TTL)).isTrue();
        assertThat(stores.idempotency().marked("checkin:ria:2026-11-23")).isTrue();

        letTimePass(SHORT_TTL.plusMillis(50));
        assertThat(stores.idempotency().marked("checkin:ria:2026-11-23")).as("expired").isFalse();

        assertThat(stores.idempotency().markFirst("checkin:ria:2026-11-23", Duration.ofMinutes(1))).isTrue();
        assertThat(stores.idempotency().markFirst("checkin:ria:2026-11-23", SHORT_TTL)).isFalse();
    }

    @Test
    void concurrentMarksOfOneKeyHaveExactlyOneWinner() throws Exception {
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<Boolean> mark = () -> {
                    start.await();
                    return stores.idempotency().markFirst("teams:activity:same", Duration.ofMinutes(1));
                };
                results.add(pool.submit(mark));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
