package dev.dealcoach.core.model;

import java.util.Locale;
import java.util.Optional;

/** Lenient matching of enum constants against labels typed by people or exported by a CRM. */
final class EnumNames {

    private EnumNames() {
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String name = text.trim().replaceAll("[\\s_-]+", "_").toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
