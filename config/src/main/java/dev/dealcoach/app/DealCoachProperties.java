package dev.dealcoach.app;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
@ConfigurationProperties("dealcoach")
public record DealCoachProperties(
        Path orgFile,
        Path dealsFile,
        @DefaultValue("auto") StoreChoice store,
        @DefaultValue Redis redis,
        @DefaultValue Review review,
        @DefaultValue Risk risk) {

    public DealCoachProperties {
        if (dealsFile != null && orgFile == null) {
            throw new IllegalArgumentException("dealcoach.deals-file (DEALCOACH_DEALS_FILE) needs dealcoach.org-file (DEALCOACH_ORG_FILE): "
                    + "deal owners are matched against the org");
        }
    }

    public enum StoreChoice { AUTO, MEMORY, REDIS }

    /**
     * @param url       {@code redis://[user:password@]host:port[/db]}; blank when unset
     * @param keyPrefix put before every key
     * @param timeout   for connecting and for each command
     */
    public record Redis(
            @DefaultValue("") String url,
            @DefaultValue("dealcoach:") String keyPrefix,
            @DefaultValue("2s") Duration timeout) {

        public Redis {
            if (keyPrefix.isBlank()) {
                throw new IllegalArgumentException("dealcoach.redis.key-prefix (DEALCOACH_REDIS_KEY_PREFIX) is not blank, like dealcoach:");
            }
        }
    }

    /**
     * @param playbook     id of the playbook reviews use ({@code meddpicc} or {@code bant} bundled)
     * @param playbooksDir a folder of extra playbook YAML files, loaded beside the bundled ones
     */
    public record Review(
            @DefaultValue("meddpicc") String playbook,
            Path playbooksDir) {

        public Review {
            if (playbook.isBlank()) {
                throw new IllegalArgumentException("dealcoach.review.playbook (DEALCOACH_REVIEW_PLAYBOOK) names a playbook, like meddpicc");
            }
        }
    }

    /** @param rulesFile an org's slip-risk rules YAML, read after the bundled rules (same id replaces, {@code off: true} removes) */
    public record Risk(Path rulesFile) {
    }

    public boolean usesRedis() {
        return store == StoreChoice.REDIS || (store == StoreChoice.AUTO && !redis.url().isBlank());
    }
}
