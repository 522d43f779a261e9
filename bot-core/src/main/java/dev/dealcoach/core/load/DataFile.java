package dev.dealcoach.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A named text file to load data from: a path on disk or a resource bundled in the jar. */
public record DataFile(String name, Opener opener) {

    /** Opens a fresh reader on the file's content. */
    @FunctionalInterface
    public interface Opener {
        Reader open() throws IOException;
    }

    public static DataFile of(Path path) {
        return new DataFile(path.toString(), () -> Files.newBufferedReader(path, StandardCharsets.UTF_8));
    }

    public static DataFile bundled(String resource) {
        return new DataFile("classpath:" + resource, () -> {
            InputStream in = DataFile.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no bundled resource " + resource);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        });
    }

    Reader open() {
        try {
            return opener.open();
        } catch (IOException e) {
            throw new DataFileException(List.of(new LoadProblem(name, 0, "cannot read: " + e.getMessage())));
        }
    }
}
