package dev.dealcoach.bench.bare;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Bolt's own Jakarta servlet (bolt-jakarta-servlet, which this machine's Maven registry does not
 * serve) does: the request handed to {@link App#run}, its answer written back.
 */
class BoltServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient App app;
    private final transient SlackRequestParser parser;

    BoltServlet(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, Arrays.asList(values)));
        Request<?> slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(request.getRequestURI())
                .queryString(query)
                .headers(new RequestHeaders(headers))
                .requestBody(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .remoteAddress(request.getRemoteAddr())
                .build());
        try {
            write(app.run(slackRequest), response);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static void write(Response answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.getStatusCode());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (answer.getContentType() != null) {
            response.setContentType(answer.getContentType());
        }
        if (answer.getBody() != null) {
            response.getOutputStream().write(answer.getBody().getBytes(StandardCharsets.UTF_8));
        }
    }
}
