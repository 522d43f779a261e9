package dev.dealcoach.app.playground;

import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.backend.Stores;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The playground's JSON API: act as any person, list what was said, and follow it live. */
@RestController
@RequestMapping("/playground/api")
@Conditional(PlaygroundCondition.class)
class PlaygroundController {

    /** A person to act as. */
    record PersonView(String id, String name, String role, String manager, String timeZone) {
    }

    record Say(@NotBlank String person, @NotBlank @Size(max = 20_000) String text) {
    }

    record Press(@NotBlank String person, @NotBlank String actionId, String value, long messageId) {
    }

    record Submit(@NotBlank String person, @NotBlank String formId, Map<String, String> values) {
    }

    record Home(String html) {
    }

    private final Stores stores;
    private final PlaygroundChat chat;
    private final PlaygroundLog log;

    PlaygroundController(Stores stores, PlaygroundChat chat, PlaygroundLog log) {
        this.stores = stores;
        this.chat = chat;
        this.log = log;
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

    @GetMapping("/messages")
    List<PlaygroundLog.Entry> messages(@RequestParam String person, @RequestParam(defaultValue = "0") long after) {
        return log.visibleTo(person, after);
    }

    @PostMapping("/send")
    List<PlaygroundLog.Entry> send(@Valid @RequestBody Say say) {
        return chat.say(say.person(), say.text());
    }

    @PostMapping("/action")
    List<PlaygroundLog.Entry> action(@Valid @RequestBody Press press) {
        return chat.press(press.person(), press.actionId(), press.value() == null ? "" : press.value(), press.messageId());
    }

    @PostMapping("/form")
    List<PlaygroundLog.Entry> form(@Valid @RequestBody Submit submit) {
        return chat.submit(submit.person(), submit.formId(), submit.values() == null ? Map.of() : submit.values());
    }

    @GetMapping("/home")
    Home home(@RequestParam String person) {
        return new Home(chat.home(person));
    }

    /** Server-sent events: one {@code entry} event per new or changed entry the person can see. */
    @GetMapping("/stream")
    SseEmitter stream(@RequestParam String person) {
        SseEmitter emitter = new SseEmitter(0L);
        try {
            emitter.send(SseEmitter.event().comment("watching " + person));
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        Runnable stop = log.watch(person, entry -> {
            try {
                emitter.send(SseEmitter.event().name("entry").data(entry));
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
            }
        });
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(error -> stop.run());
        return emitter;
    }
}
