package dev.dealcoach.core.load;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Stage;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a deals CSV exported from a CRM. Rows with problems are reported with their line and left
 * out; good rows are kept. A file without the required columns is rejected whole.
 */
public final class DealsCsvReader {

    public static final List<String> COLUMNS = List.of("id", "name", "account", "owner_email", "amount",
            "currency", "stage", "forecast_category", "close_date", "next_step", "last_activity_date", "created_date");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    /** The deals that could be read and the rows that could not. */
    public record Result(List<Deal> deals, List<LoadProblem> problems) {
        public Result {
            deals = List.copyOf(deals);
            problems = List.copyOf(problems);
        }
    }

    public Result read(String source, Reader reader, Org org) {
        try (CSVParser parser = FORMAT.parse(reader)) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new DataFileException(List.of(new LoadProblem(source, 1,
                        "missing column(s) " + String.join(", ", missing) + "; the header must be " + String.join(",", COLUMNS))));
            }
            List<Deal> deals = new ArrayList<>();
            List<LoadProblem> problems = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            long lineBefore = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int line = (int) lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                Row row = new Row(record);
                Optional<Deal> deal = row.toDeal(org);
                if (deal.isPresent() && !ids.add(deal.get().id())) {
                    row.reasons.add("deal id " + deal.get().id() + " appears on an earlier line");
                }
                if (row.reasons.isEmpty()) {
                    deals.add(deal.orElseThrow());
                } else {
                    problems.add(new LoadProblem(source, line, String.join("; ", row.reasons)));
                }
            }
            return new Result(deals, problems);
        } catch (IllegalArgumentException e) {
            // Commons CSV reports duplicate or empty header names this way.
            throw new DataFileException(List.of(new LoadProblem(source, 1, e.getMessage())));
        } catch (IOException | UncheckedIOException e) {
            throw new DataFileException(List.of(new LoadProblem(source, 1, "cannot read: " + e.getMessage())));
        }
    }

    /** One CSV record being turned into a deal, collecting every reason it cannot be. */
    private static final class Row {
        private final CSVRecord record;
        private final List<String> reasons = new ArrayList<>();

        Row(CSVRecord record) {
            this.record = record;
        }

        Optional<Deal> toDeal(Org org) {
            if (!record.isConsistent()) {
                reasons.add("expected " + record.getParser().getHeaderNames().size() + " fields, found " + record.size());
                return Optional.empty();
            }
            String id = required("id");
            String name = required("name");
            String account = required("account");
            Person owner = owner(org);
            Money amount = amount();
            Stage stage = parsed("stage", Stage::parse, "Discovery, Evaluation, Proof, Negotiation, Close, Closed Won or Closed Lost");
            ForecastCategory category = parsed("forecast_category", ForecastCategory::parse, "Pipeline, Best Case, Commit, Closed or Omitted");
            LocalDate closeDate = date("close_date", true);
            LocalDate lastActivity = date("last_activity_date", false);
            LocalDate created = date("created_date", true);
            if (!reasons.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Deal(id, name, account, owner.id(), amount, stage, category, closeDate,
                    value("next_step"), lastActivity, created));
        }

        private Person owner(Org org) {
            String email = required("owner_email");
            if (email == null) {
                return null;
            }
            Optional<Person> owner = org.byEmail(email);
            if (owner.isEmpty()) {
                reasons.add("owner_email " + email + " is not a person in the org file");
            }
            return owner.orElse(null);
        }

        private Money amount() {
            String amount = required("amount");
            String code = required("currency");
            if (amount == null || code == null) {
                return null;
            }
            Optional<Currency> currency = OrgYamlReader.currencyOf(code);
            if (currency.isEmpty()) {
                reasons.add("currency '" + code + "' is not an ISO 4217 code like USD");
                return null;
            }
            try {
                Money money = new Money(new BigDecimal(amount), currency.get());
                if (!money.isNegative()) {
                    return money;
                }
                reasons.add("amount " + amount + " is negative");
            } catch (NumberFormatException e) {
                reasons.add("amount '" + amount + "' is not a plain number like 240000.00");
            } catch (IllegalArgumentException e) {
                reasons.add(e.getMessage());
            }
            return null;
        }

        private <T> T parsed(String column, Function<String, Optional<T>> parse, String expected) {
            String text = required(column);
            if (text == null) {
                return null;
            }
            Optional<T> value = parse.apply(text);
            if (value.isEmpty()) {
                reasons.add(column + " '" + text + "' must be one of " + expected);
            }
            return value.orElse(null);
        }

        private LocalDate date(String column, boolean required) {
            String text = required ? required(column) : value(column);
            if (text == null || text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                reasons.add(column + " '" + text + "' is not a date like 2026-12-15");
                return null;
            }
        }

        private String required(String column) {
            String value = value(column);
            if (value.isEmpty()) {
                reasons.add(column + " is empty");
                return null;
            }
            return value;
        }

        private String value(String column) {
            return record.get(column).trim();
        }
    }
}
