package dev.dealcoach.app.playground;

import dev.dealcoach.app.CheckInReportJson;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.risk.RiskAlerts;
import dev.dealcoach.core.schedule.CheckInSchedule;
import dev.dealcoach.core.schedule.CheckIns;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The playground's JSON API: act as any person, list what was said, and follow it live. A call it
 * cannot take (unreadable or invalid JSON, someone not in the org) is answered 400 and logged as one
 * line, without what was typed. Only JSON is read: Spring would rebuild a form's body from its parsed
 * fields, and fail on a malformed one with a stack trace.
 */
@RestController
@RequestMapping("/playground/api")
@Conditional(PlaygroundCondition.class)
class PlaygroundController {

    /** A person to act as. */
    record PersonView(String id, String name, String role, String manager, String timeZone) {
    }

    record Say(String person, String text) {
        Say {
            InvalidField.unlessGiven(person, "person");
            InvalidField.unlessGiven(text, "text");
            if (text.length() > 20_000) {
                throw new InvalidField("text");
            }
        }
    }

    record Press(String person, String actionId, String value, long messageId) {
        Press {
            InvalidField.unlessGiven(person, "person");
            InvalidField.unlessGiven(actionId, "actionId");
        }
    }

    record Submit(String person, String formId, Map<String, String> values) {
        Submit {
            InvalidField.unlessGiven(person, "person");
            InvalidField.unlessGiven(formId, "formId");
        }
    }

    record Home(String html) {
    }

    record RunCheckIn(String person, String kind) {
        RunCheckIn {
            InvalidField.unlessGiven(person, "person");
            InvalidField.unlessGiven(kind, "kind");
        }
    }

    record Refusal(String error) {
    }

    /** A call's JSON read, but a field missing, blank or too long: the record is never made. */
    static final class InvalidField extends RuntimeException {

        InvalidField(String field) {
            super("invalid " + field, null, false, false);
        }

        static void unlessGiven(String value, String field) {
            if (value == null || value.isBlank()) {
                throw new InvalidField(field);
            }
        }
    }

    /** A call made as someone who is not in the org: nothing is said or kept for them. */
    static final class UnknownPerson extends RuntimeException {
        UnknownPerson() {
            super("no such person", null, false, false);
        }
    }

    private static final Logger logger = LoggerFactory.getLogger(PlaygroundController.class);

    private final Stores stores;
    private final PlaygroundChat chat;
    private final PlaygroundLog log;
    private final PlaygroundStreams streams;
    private final PlaygroundWelcome welcome;
    private final CheckIns checkIns;
    private final RiskAlerts riskAlerts;
    private final Clock clock;

    PlaygroundController(Stores stores, PlaygroundChat chat, PlaygroundLog log, PlaygroundStreams streams, PlaygroundWelcome welcome,
                         CheckIns checkIns, RiskAlerts riskAlerts, Clock clock) {
        this.checkIns = checkIns;
        this.riskAlerts = riskAlerts;
        this.clock = clock;
        this.stores = stores;
        this.chat = chat;
        this.log = log;
        this.streams = streams;
        this.welcome = welcome;
    }

    @GetMapping("/people")
    List<PersonView> people() {
        Org org = stores.org().load().orElseThrow();
        return org.people().stream()
                .sorted(Comparator.comparing((Person p) -> p.role().ordinal()).reversed().thenComparing(Person::name))
                .map(p -> new PersonView(p.id(), p.name(), p.role().name().toLowerCase(Locale.ROOT),
                        p.manager().flatMap(org::person).map(Person::name).orElse(""), p.timeZone().getId()))
                .toList();
    }

    /** What to try first as this person, and the greeting for their empty DM. */
    @GetMapping("/welcome")
    PlaygroundWelcome.Welcome welcome(@RequestParam String person) {
        Org org = stores.org().load().orElseThrow();
        return welcome.of(org, org.person(person).orElseThrow(UnknownPerson::new));
    }

    @GetMapping("/messages")
    List<PlaygroundLog.Entry> messages(@RequestParam String person, @RequestParam(defaultValue = "0") long after) {
        return log.visibleTo(person, after);
    }

    @PostMapping(path = "/send", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<PlaygroundLog.Entry> send(@RequestBody Say say) {
        return chat.say(known(say.person()), say.text());
    }

    @PostMapping(path = "/action", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<PlaygroundLog.Entry> action(@RequestBody Press press) {
        return chat.press(known(press.person()), press.actionId(), press.value() == null ? "" : press.value(), press.messageId());
    }

    @PostMapping(path = "/form", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<PlaygroundLog.Entry> form(@RequestBody Submit submit) {
        Map<String, String> values = new LinkedHashMap<>();
        if (submit.values() != null) {
            // a field sent as null is a field left empty
            submit.values().forEach((input, value) -> values.put(input, value == null ? "" : value));
        }
        return chat.submit(known(submit.person()), submit.formId(), values);
    }

    /**
     * "Run now": the person's check-in of a kind, run as the scheduler would at its time this week
     * (the daily nudge's today, or on their last working day), through the same key: a second run
     * sends nothing.
     */
    @PostMapping(path = "/check-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> runCheckIn(@RequestBody RunCheckIn run, HttpServletRequest request) {
        Org org = stores.org().load().orElseThrow();
        Person person = org.person(run.person()).orElseThrow(UnknownPerson::new);
        Optional<CheckInKind> kind = CheckInKind.byId(run.kind());
        if (kind.isEmpty()) {
            return refuse(request, "no such kind of check-in");
        }
        Instant at = CheckInSchedule.thisWeeks(org, person, kind.get(), clock.instant(), stores.preferences().of(person.id()));
        return ResponseEntity.ok(CheckInReportJson.of(checkIns.run(at, List.of(kind.get()), Optional.of(person.id())), kind.get().id()));
    }

    /** "Check slip risk now": every open deal evaluated, the alerts due posted (to the managers' playground channels in the demo). */
    @PostMapping(path = "/risk")
    Map<String, Object> evaluateRisk() {
        RiskAlerts.Report report = riskAlerts.evaluate(clock.instant());
        return Map.of("evaluated", report.evaluated(), "alerts", report.alerts().size());
    }

    private String known(String person) {
        if (stores.org().load().flatMap(org -> org.person(person)).isEmpty()) {
            throw new UnknownPerson();
        }
        return person;
    }

    @ExceptionHandler(UnknownPerson.class)
    ResponseEntity<Refusal> unknownPerson(HttpServletRequest request) {
        return refuse(request, "no such person");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Refusal> unreadable(HttpServletRequest request, HttpMessageNotReadableException e) {
        if (NestedExceptionUtils.getMostSpecificCause(e) instanceof InvalidField invalid) {
            return refuse(request, invalid.getMessage());
        }
        return refuse(request, "not readable JSON of the expected shape");
    }

    /** One line naming the call and the reason; never the body (Spring's own line would quote parts of it). */
    private static ResponseEntity<Refusal> refuse(HttpServletRequest request, String reason) {
        logger.warn("Playground: refused a {} call: {}", request.getRequestURI(), reason);
        return ResponseEntity.badRequest().body(new Refusal(reason));
    }

    @GetMapping("/home")
    Home home(@RequestParam String person) {
        return new Home(chat.home(person));
    }

    /** Server-sent events: one {@code entry} event per new or changed entry the person can see. */
    @GetMapping("/stream")
    SseEmitter stream(@RequestParam String person) {
        return streams.open(person);
    }
}
