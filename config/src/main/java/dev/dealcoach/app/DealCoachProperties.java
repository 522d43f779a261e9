package dev.dealcoach.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code dealcoach.*}; each can also come from the environment
 * ({@code DEALCOACH_ORG_FILE}, {@code REDIS_URL}, ...: see README).
 *
 * @param orgFile   the org YAML; when unset the bundled demo org is loaded
 * @param dealsFile the deals CSV; needs {@code orgFile}, since owners are matched against it
 * @param store     where state is kept: {@code auto} picks Redis when a Redis URL is set, else memory
 * @param review    which playbook deal reviews use, and where extra playbooks are
 * @param risk      an org's own slip-risk rules
 */
@Validated
@ConfigurationProperties("dealcoach")
public record DealCoachProperties(
        Path orgFile,
        Path dealsFile,
        @NotNull @DefaultValue("auto") StoreChoice store,
        @Valid @NotNull @DefaultValue Redis redis,
        @Valid @NotNull @DefaultValue Review review,
        @Valid @NotNull @DefaultValue Risk risk) {

    public enum StoreChoice { AUTO, MEMORY, REDIS }

    /**
     * @param url       {@code redis://[user:password@]host:port[/db]}; blank when unset
     * @param keyPrefix put before every key
     * @param timeout   for connecting and for each command
     */
    public record Redis(
            @DefaultValue("") String url,
            @NotBlank @DefaultValue("dealcoach:") String keyPrefix,
            @NotNull @DefaultValue("2s") Duration timeout) {
    }

    /**
     * @param playbook     id of the playbook reviews use ({@code meddpicc} or {@code bant} bundled)
     * @param playbooksDir a folder of extra playbook YAML files, loaded beside the bundled ones
     */
    public record Review(
            @NotBlank @DefaultValue("meddpicc") String playbook,
            Path playbooksDir) {
    }

    /** @param rulesFile an org's slip-risk rules YAML, read after the bundled rules (same id replaces, {@code off: true} removes) */
    public record Risk(Path rulesFile) {
    }

    @AssertTrue(message = "dealcoach.deals-file (DEALCOACH_DEALS_FILE) needs dealcoach.org-file (DEALCOACH_ORG_FILE): deal owners are matched against the org")
    public boolean isDealsFileBackedByOrgFile() {
        return dealsFile == null || orgFile != null;
    }

    public boolean usesRedis() {
        return store == StoreChoice.REDIS || (store == StoreChoice.AUTO && !redis.url().isBlank());
    }
}
