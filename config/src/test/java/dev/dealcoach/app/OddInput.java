package dev.dealcoach.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Odd but possible input for property-based tests: strings people or broken clients send (60 KB,
 * control characters, lone surrogates, mentions, markup, lookups that a careless logger would
 * expand), values of every JSON type, words of types the app does not know, and the changes of
 * {@link JsonMutations}.
 *
 * <p>Two markers make leaks findable: every odd text carries {@link #TEXT_MARKER}, and the 60 KB
 * text is {@link #LONG_MARKER} over and over. Neither is ever a valid id (both hold a space), so an
 * id that made it into a log line cannot be mistaken for typed text.
 */
final class OddInput {

    /** In every odd text: no log line may contain it. */
    static final String TEXT_MARKER = "Qz7 utx";
    /** The 60 KB text, repeated. */
    static final String LONG_MARKER = "LONG MARK ";
    static final String SIXTY_KB = (LONG_MARKER + "0123456789abcdefghij ").repeat(60 * 1024 / (LONG_MARKER.length() + 21));

    private static final List<String> ODD = List.of(
            SIXTY_KB,
            "\u0000\u0001\u0007\b\t\r\n\u000b\f\u001b[31mred\u001b[0m\u007f\u0085\u2028\u2029",
            "\ud800", "\udc00 after", "lone high \ud83d", "\ud83d\ude80 \ud83d\udc4d\ud83c\udffd emoji",
            "<@U123> <@U0BOT> <!channel> <!here> <!everyone> <!subteam^S123> <#C123|general>",
            "<at>DealCoach</at> <at>Someone</at>",
            "*bold* _italic_ ~strike~ `code` ```block``` > quote",
            "<b>bold</b><script>alert(1)</script><img src=x onerror=alert(1)>",
            "[click](http://127.0.0.1:9/) <http://127.0.0.1:9/|click> https://127.0.0.1:9/",
            "${jndi:ldap://x}", "${jndi:ldap://127.0.0.1:9/a}", "${env:SLACK_SIGNING_SECRET}", "%s%n%x%d {} {0}",
            "'; DROP TABLE deals; --", "../../../../etc/passwd", "\u202eevil\u202c", "\u200b\u200c\u200d\ufeff",
            "", " ", "\t\n", "x".repeat(5000), "review", "help me", "cancel please", "review \u0000", "review " + "a".repeat(3000));

    private static final List<String> UNKNOWN_WORDS = List.of(
            "reaction_added", "member_joined_channel", "block_suggestion", "shortcut", "message_action", "view_closed",
            "interactive_message", "dialog_submission", "event_callback", "url_verification", "app_rate_limited",
            "app_uninstalled", "home", "messages", "about", "im", "channel", "group", "mpim", "bot_message",
            "message_changed", "message_deleted", "thread_broadcast", "file_share", "personal", "groupChat", "typing",
            "messageReaction", "invoke", "installationUpdate", "conversationUpdate", "endOfConversation", "event",
            "adaptiveCard/action", "composeExtension/query", "remove", "add", "review", "form", "run", "answer:x:y",
            "not-a-form", "D-1028", "");

    private OddInput() {
    }

    /** An odd text, carrying {@link #TEXT_MARKER} (the 60 KB one is its own marker). */
    static Arbitrary<String> texts() {
        Arbitrary<String> fixed = Arbitraries.of(ODD);
        Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(40);
        return Arbitraries.frequencyOf(
                        Tuple.of(6, fixed),
                        Tuple.of(2, random),
                        Tuple.of(2, Combinators.combine(Arbitraries.of("review ", "deal ", "settings ", "/coach ", ""),
                                fixed).as(String::concat)))
                .map(text -> text.startsWith(LONG_MARKER) ? text : text + " " + TEXT_MARKER);
    }

    /** A word the app might take for a type, a callback id or a tab, mostly ones it does not know. */
    static Arbitrary<String> words() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(UNKNOWN_WORDS)),
                Tuple.of(1, Arbitraries.strings().alpha().ofMaxLength(12)));
    }

    /** Any JSON value: scalars of every type, odd texts, empty and nested containers. */
    static Arbitrary<Object> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, texts().map(text -> (Object) text)),
                Tuple.of(3, words().map(word -> (Object) word)),
                Tuple.of(2, Arbitraries.of(0, -1, 42, Long.MAX_VALUE, 1.5, -0.0, 1e300)
                        .map(number -> (Object) number)),
                Tuple.of(1, Arbitraries.of(new java.math.BigInteger("123456789012345678901234567890"))
                        .map(number -> (Object) number)),
                Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
                Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.of("[]", "{}", "[[]]", "deep", "typed").map(OddInput::container)));
    }

    private static Object container(String kind) {
        switch (kind) {
            case "[]":
                return new ArrayList<>();
            case "{}":
                return new LinkedHashMap<>();
            case "[[]]":
                return new ArrayList<>(List.of(new ArrayList<>(List.of(new LinkedHashMap<>()))));
            case "deep": {
                Object deep = "bottom " + TEXT_MARKER;
                for (int i = 0; i < 200; i++) {
                    deep = i % 2 == 0 ? new ArrayList<>(List.of(deep)) : new LinkedHashMap<>(Map.of("v", deep));
                }
                return deep;
            }
            default: {
                Map<String, Object> typed = new LinkedHashMap<>();
                typed.put("type", "plain_text");
                typed.put("text", "typed " + TEXT_MARKER);
                typed.put("value", "value " + TEXT_MARKER);
                return typed;
            }
        }
    }

    /** Up to {@code max} changes to a JSON document, most of them small. */
    static Arbitrary<List<JsonMutations.Mutation>> jsonMutations(int max) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 10_000);
        Arbitrary<JsonMutations.Mutation> one = Arbitraries.frequencyOf(
                Tuple.of(3, at.map(JsonMutations.Drop::new)),
                Tuple.of(3, Combinators.combine(at, Arbitraries.of(JsonMutations.Shape.class)).as(JsonMutations.Retype::new)),
                Tuple.of(1, Combinators.combine(at, Arbitraries.of(true, false)).as(JsonMutations.Nest::new)),
                Tuple.of(1, Combinators.combine(at, values()).as(JsonMutations.Duplicate::new)),
                Tuple.of(3, Combinators.combine(at, values()).as(JsonMutations.Replace::new)),
                Tuple.of(3, Combinators.combine(at, values()).as(JsonMutations.SetKey::new)));
        return one.list().ofMaxSize(max);
    }

    /** What a broken sender does to the text of a body: nothing mostly, else cut it, splice garbage in, or send something else. */
    static Arbitrary<BodyDamage> bodyDamage() {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(new BodyDamage.None())),
                Tuple.of(1, where.map(BodyDamage.Cut::new)),
                Tuple.of(1, Combinators.combine(where,
                        Arbitraries.of("}", "{", "\"", ",", "]]", ":", "\u0000", "\\u12", "\\", "NaN", "//x", "\ud800", "%zz", "&"))
                        .as(BodyDamage.Splice::new)),
                Tuple.of(1, Arbitraries.of("", " ", "null", "[]", "{}", "\"x\"", "42", "true", "payload=",
                        "payload", "=", "&&&", "%", "%zz", "{\"type\":", "<xml/>", SIXTY_KB).map(BodyDamage.Instead::new)));
    }

    /** A change to the raw text of a request body. */
    sealed interface BodyDamage permits BodyDamage.None, BodyDamage.Cut, BodyDamage.Splice, BodyDamage.Instead {

        String apply(String body);

        record None() implements BodyDamage {
            public String apply(String body) {
                return body;
            }
        }

        record Cut(double where) implements BodyDamage {
            public String apply(String body) {
                return body.substring(0, (int) (body.length() * where));
            }
        }

        record Splice(double where, String garbage) implements BodyDamage {
            public String apply(String body) {
                int at = (int) (body.length() * where);
                return body.substring(0, at) + garbage + body.substring(at);
            }
        }

        record Instead(String body) implements BodyDamage {
            public String apply(String ignored) {
                return body;
            }
        }
    }
}
