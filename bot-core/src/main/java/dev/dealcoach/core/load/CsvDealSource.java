package dev.dealcoach.core.load;

import dev.dealcoach.core.crm.CrmException;
import dev.dealcoach.core.crm.DealSource;
import dev.dealcoach.core.crm.Pull;
import dev.dealcoach.core.model.Org;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The deals file (CSV) as a deal source: read whole each time, so every pull is the whole book. */
public final class CsvDealSource implements DealSource {

    private final DataFile file;

    public CsvDealSource(DataFile file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public Pull pull(Org org, Optional<String> cursor) {
        DealsCsvReader.Result result;
        try (Reader reader = file.opener().open()) {
            result = new DealsCsvReader().read(file.name(), reader, org);
        } catch (IOException | UncheckedIOException e) {
            throw new CrmException(CrmException.Kind.UNAVAILABLE, "cannot read " + file.name() + ": " + e.getMessage(), e);
        } catch (DataFileException e) {
            throw new CrmException(CrmException.Kind.BAD_ANSWER, String.join("; ", e.problems().stream().map(Object::toString).toList()), e);
        }
        List<String> problems = result.problems().stream().map(LoadProblem::toString).toList();
        return new Pull(result.deals(), true, Set.of(), List.of(), Set.of(), problems, result.deals().size() + problems.size(), null);
    }
}
