package dev.dealcoach.slack;

import java.util.Objects;

/**
 * How to reach Slack.
 *
 * @param botToken      {@code xoxb-...}, required
 * @param signingSecret verifies HTTP requests; required unless only Socket Mode is used
 * @param appToken      {@code xapp-...}: when set, events also arrive over Socket Mode
 * @param apiUrl        the Web API base, normally {@code https://slack.com/api/}
 */
public record SlackSettings(String botToken, String signingSecret, String appToken, String apiUrl) {

    public static final String SLACK_API_URL = "https://slack.com/api/";

    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        signingSecret = blankToNull(signingSecret);
        appToken = blankToNull(appToken);
        apiUrl = apiUrl == null || apiUrl.isBlank() ? SLACK_API_URL : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    public boolean socketMode() {
        return appToken != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
