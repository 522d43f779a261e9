package dev.dealcoach.slack;

/** What to answer Slack's HTTP request with. */
public record SlackHttpResponse(int status, String contentType, String body) {
}
