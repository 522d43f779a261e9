package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.List;

/** Items put into groups no bigger than a platform allows: fields per section, buttons per row. */
public final class Groups {

    private Groups() {
    }

    /** The items in order, in groups of at most {@code size}; no groups for no items. */
    public static <T> List<List<T>> of(List<T> items, int size) {
        List<List<T>> groups = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            groups.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
        }
        return groups;
    }
}
