package dev.dealcoach.core.privacy;

import dev.dealcoach.core.activity.ActivityStore;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.pipeline.ContactStore;
import dev.dealcoach.core.review.ReviewStore;
import dev.dealcoach.core.risk.RiskStore;
import dev.dealcoach.core.schedule.PreferenceStore;
import dev.dealcoach.core.store.ChannelAddress;
import dev.dealcoach.core.store.ChannelAddressStore;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.store.OrgStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A person's data rights: everything DealCoach keeps about them, and forgetting it. What the org
 * file or the CRM says about them (name, email, manager, deals) is theirs to change there.
 */
public final class PersonalData {

    /** The stores a request reads: one back end's. */
    public record Stores(OrgStore org, DealStore deals, ReviewStore reviews, ActivityStore activity, ForecastStore forecasts,
                         PreferenceStore preferences, ContactStore contacts, ChannelAddressStore addresses, RiskStore risk,
                         RecordKeeping records) {
    }

    private final Stores stores;
    private final Retention retention;
    private final Clock clock;

    public PersonalData(Stores stores, Retention retention, Clock clock) {
        this.stores = stores;
        this.retention = retention;
        this.clock = clock;
    }

    /** Everything kept about the person; empty when neither the org nor any store knows them. */
    public Optional<PersonExport> export(String personId) {
        Optional<Org> org = stores.org().load();
        Optional<dev.dealcoach.core.model.Person> person = org.flatMap(o -> o.person(personId));
        LocalDate today = LocalDate.now(clock);
        List<Deal> owned = stores.deals().ownedBy(personId);
        PersonExport export = new PersonExport(
                personId,
                person.orElse(null),
                stores.preferences().of(personId),
                stores.contacts().preferred(personId).map(Platform::id).orElse(null),
                stores.contacts().lastTalkedOn(personId).map(Platform::id).orElse(null),
                Stream.of(Platform.values()).flatMap(p -> stores.addresses().find(p.id(), personId).stream())
                        .map(PersonExport.Address::of).toList(),
                stores.records().conversationsOf(personId),
                // Days are the person's own: ahead of the server's by up to a day.
                org.map(o -> stores.activity().between(personId, today.minusDays(retention.history().toDays()), today.plusDays(1),
                                o.currency()))
                        .orElse(java.util.Map.of()),
                stores.records().forecastWeeksOf(personId).stream()
                        .flatMap(week -> stores.forecasts().versions(personId, week).stream()).toList(),
                owned.stream().map(Deal::id).toList(),
                owned.stream().flatMap(deal -> stores.reviews().history(deal.id()).stream()).toList(),
                stores.records().deliveriesTo(personId),
                stores.risk().morningDigestManagers().contains(personId));
        return person.isPresent() || !export.isEmpty() ? Optional.of(export) : Optional.empty();
    }

    /** Forgets the person ({@link RecordKeeping#forget}); false when there was nothing to forget. */
    public boolean forget(String personId) {
        // Someone in the org is known without the scans an export makes.
        boolean inOrg = stores.org().load().flatMap(org -> org.person(personId)).isPresent();
        if (!inOrg && export(personId).isEmpty()) {
            return false;
        }
        stores.records().forget(personId);
        return true;
    }
}
