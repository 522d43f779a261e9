package dev.dealcoach.app;

import dev.dealcoach.core.privacy.Retention;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long things are kept, under {@code dealcoach.retention.*} ({@code DEALCOACH_RETENTION_HISTORY}, ...);
 * out-of-range values stop start-up with the reason ({@link Retention}).
 *
 * @param conversations   a conversation no one answers for this long is gone
 * @param deliveryRecords what was sent to whom and how it went
 * @param history         activity logs, deal changes, reviews, forecast weeks and per-quarter records
 */
@ConfigurationProperties("dealcoach.retention")
public record RetentionProperties(@DefaultValue("7d") Duration conversations, @DefaultValue("8d") Duration deliveryRecords,
                                  @DefaultValue("730d") Duration history) {

    public RetentionProperties {
        new Retention(conversations, deliveryRecords, history);
    }

    Retention retention() {
        return new Retention(conversations, deliveryRecords, history);
    }
}
