package dev.dealcoach.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The documented activity shapes under {@code src/test/resources/teams} (config's end-to-end tests
 * post them too), with their {@code {{name}}} placeholders filled, parsed as {@link TeamsAdapter}
 * parses a request body: with the SDK's own Jackson 2.
 */
public final class TeamsFixtures {

    private TeamsFixtures() {
    }

    /** Demo person {@code x} as Teams user {@code 29:1x} in the personal conversation {@code a:1x}; activity id {@code 1:1700000000123}. */
    static Map<String, String> person(String person) {
        Map<String, String> values = new HashMap<>();
        values.put("serviceUrl", "https://smba.trafficmanager.net/emea/");
        values.put("user", "29:1" + person);
        values.put("name", person);
        values.put("aad", "00000000-0000-4000-8000-000000000001");
        values.put("conversation", "a:1" + person);
        values.put("id", "1:1700000000123");
        return values;
    }

    /** A fixture with {@code {{name}}} placeholders filled in as given. */
    public static String text(String name, Map<String, String> values) {
        try (InputStream in = TeamsFixtures.class.getResourceAsStream("/teams/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /teams/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{{" + value.getKey() + "}}", value.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Activity activity(String name, Map<String, String> values) {
        try {
            return Serialization.treeToValue(Serialization.jsonToTree(text(name, values)), Activity.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
