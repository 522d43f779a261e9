package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.backend.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With files configured, the app loads them instead of the demo, keeping good rows and skipping bad ones. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class OrgFilesStartupTest {

    @DynamicPropertySource
    static void files(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("dealcoach-files");
            Path org = Files.writeString(dir.resolve("org.yml"), """
                    fiscal-year-start-month: 1
                    currency: EUR
                    people:
                      - {id: kim, name: Kim Lund, email: kim@example.com, role: director, time-zone: Europe/Stockholm, quota: 900000}
                      - {id: ola, name: Ola Berg, email: ola@example.com, role: rep, manager: kim, time-zone: Europe/Oslo, quota: 300000}
                    """);
            Path deals = Files.writeString(dir.resolve("deals.csv"), """
                    id,name,account,owner_email,amount,currency,stage,forecast_category,close_date,next_step,last_activity_date,created_date
                    X-1,Fjord - Core,Fjord AS,ola@example.com,120000,EUR,Proof,Best Case,2026-12-20,Workshop,2026-11-20,2026-09-01
                    X-2,Broken,Fjord AS,ola@example.com,lots,EUR,Proof,Best Case,2026-12-20,,,2026-09-01
                    """);
            registry.add("dealcoach.org-file", org::toString);
            registry.add("dealcoach.deals-file", deals::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    Stores stores;

    @Test
    void loadsTheConfiguredOrgAndTheGoodDealRows() {
        var org = stores.org().load().orElseThrow();

        assertThat(org.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(org.below("kim")).extracting(p -> p.id()).containsExactly("ola");
        assertThat(stores.deals().all()).extracting(Deal::id).containsExactly("X-1");
    }
}
