package dev.dealcoach.core.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The playbooks loaded at start-up, one of them the default for reviews. */
public final class Playbooks {

    public static final String DEFAULT = "meddpicc";
    private static final List<String> BUNDLED = List.of("meddpicc", "bant");

    private final Map<String, Playbook> byId;
    private final Playbook defaultPlaybook;

    public Playbooks(List<Playbook> playbooks, String defaultId) {
        Map<String, Playbook> map = new LinkedHashMap<>();
        for (Playbook playbook : playbooks) {
            if (map.putIfAbsent(playbook.id(), playbook) != null) {
                throw new PlaybookException(List.of("two playbooks have the id '" + playbook.id() + "'"));
            }
        }
        this.byId = Map.copyOf(map);
        this.defaultPlaybook = map.get(defaultId);
        if (defaultPlaybook == null) {
            throw new PlaybookException(List.of("the default playbook '" + defaultId + "' is not loaded (loaded: "
                    + String.join(", ", map.keySet()) + ")"));
        }
    }

    /** The bundled playbooks, plus every {@code *.yml} in {@code directory} when one is given. */
    public static Playbooks load(Path directory, String defaultId) {
        PlaybookReader reader = new PlaybookReader();
        List<Playbook> playbooks = new ArrayList<>();
        for (String id : BUNDLED) {
            String resource = "/playbooks/" + id + ".yml";
            try (InputStream in = Playbooks.class.getResourceAsStream(resource);
                 Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                playbooks.add(reader.read("classpath:" + resource, text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (directory != null) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.{yml,yaml}")) {
                for (Path file : files) {
                    try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        playbooks.add(reader.read(file.toString(), text));
                    }
                }
            } catch (IOException e) {
                throw new PlaybookException(List.of(directory + ": cannot read playbooks: " + e.getMessage()));
            }
        }
        return new Playbooks(playbooks, defaultId);
    }

    public static Playbooks bundled() {
        return load(null, DEFAULT);
    }

    public Playbook defaultPlaybook() {
        return defaultPlaybook;
    }

    /** The ids of every loaded playbook's elements: what slip-risk rules may name. */
    public Set<String> elementIds() {
        Set<String> ids = new java.util.TreeSet<>();
        byId.values().forEach(playbook -> playbook.elements().forEach(element -> ids.add(element.id())));
        return ids;
    }

    public Optional<Playbook> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
