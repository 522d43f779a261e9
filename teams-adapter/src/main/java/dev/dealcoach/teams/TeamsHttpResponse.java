package dev.dealcoach.teams;

/** What to answer the Bot Framework's HTTP request with. */
public record TeamsHttpResponse(int status, String body) {
}
