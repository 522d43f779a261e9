package dev.dealcoach.slack;

import java.util.List;
import java.util.Map;

/** An HTTP request as it arrived: the raw body bytes (the signature covers them) and the headers. */
public record SlackHttpRequest(byte[] body, Map<String, List<String>> headers, String remoteAddress) {
}
