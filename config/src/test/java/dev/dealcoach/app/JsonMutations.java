package dev.dealcoach.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes to a JSON document the way a sender with different ideas of the schema would: fields
 * dropped, values of another type, wrapped, written twice, replaced by odd values. A document is
 * held as plain Java values (maps, lists, strings, numbers, booleans, null) and written back by
 * {@link #write}, which can also write a field twice and escape every non-ASCII character (so a
 * lone surrogate travels as {@code \ud800}).
 */
final class JsonMutations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The kinds of value a value can be turned into. */
    enum Shape { STRING, NUMBER, BOOLEAN, ARRAY, OBJECT, NULL }

    /** One change; {@code at} picks a node (any field or element, depth first) modulo how many there are. */
    sealed interface Mutation permits Drop, Retype, Nest, Duplicate, Replace, SetKey {
    }

    record Drop(int at) implements Mutation {
    }

    record Retype(int at, Shape to) implements Mutation {
    }

    /** Wraps the value in an array or in an object. */
    record Nest(int at, boolean inArray) implements Mutation {
    }

    /** An object's field written twice (the second time as {@code other}), or an array's element repeated. */
    record Duplicate(int at, Object other) implements Mutation {
    }

    record Replace(int at, Object value) implements Mutation {
    }

    /** Every field named like the {@code key}-th distinct field name gets {@code value}: a type, a callback id, a tab. */
    record SetKey(int key, Object value) implements Mutation {
    }

    /** A field written twice by {@link #write}: JSON parsers disagree on which one wins. */
    record Twice(Object first, Object second) {
    }

    private record Slot(Object container, Object key) {
        Object get() {
            return container instanceof Map<?, ?> map ? map.get(key) : ((List<?>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }

        void remove() {
            if (container instanceof Map<?, ?> map) {
                map.remove(key);
            } else {
                ((List<?>) container).remove((int) (Integer) key);
            }
        }
    }

    private JsonMutations() {
    }

    static Object parse(String json) {
        return JSON.readValue(json, Object.class);
    }

    /** The document with each mutation applied in turn; the root itself is changed in place. */
    static Object apply(Object root, List<Mutation> mutations) {
        Object current = root;
        for (Mutation mutation : mutations) {
            current = apply(current, mutation);
        }
        return current;
    }

    private static Object apply(Object root, Mutation mutation) {
        if (mutation instanceof SetKey setKey) {
            List<String> keys = new ArrayList<>(new TreeSet<>(keys(root, new ArrayList<>())));
            if (!keys.isEmpty()) {
                String key = keys.get(Math.floorMod(setKey.key(), keys.size()));
                slots(root).stream().filter(slot -> key.equals(slot.key())).forEach(slot -> slot.set(copy(setKey.value())));
            }
            return root;
        }
        List<Slot> slots = slots(root);
        if (slots.isEmpty()) {
            return root;
        }
        Slot slot = slots.get(Math.floorMod(at(mutation), slots.size()));
        Object value = slot.get();
        if (mutation instanceof Drop) {
            slot.remove();
        } else if (mutation instanceof Retype retype) {
            slot.set(retype(value, retype.to()));
        } else if (mutation instanceof Nest nest) {
            slot.set(nest.inArray() ? array(value) : object("value", value));
        } else if (mutation instanceof Duplicate duplicate) {
            duplicate(slot, value, duplicate.other());
        } else if (mutation instanceof Replace replace) {
            slot.set(copy(replace.value()));
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void duplicate(Slot slot, Object value, Object other) {
        if (slot.container() instanceof List<?> list) {
            ((List<Object>) list).add((Integer) slot.key(), copy(value));
        } else {
            slot.set(new Twice(value, copy(other)));
        }
    }

    private static Object retype(Object value, Shape to) {
        switch (to) {
            case STRING:
                return value instanceof String ? value : write(value, false);
            case NUMBER:
                return value instanceof String text ? text.length() : 42;
            case BOOLEAN:
                return value == null || value instanceof Boolean b && !b;
            case ARRAY:
                return new ArrayList<>();
            case OBJECT:
                return new LinkedHashMap<>();
            default:
                return null;
        }
    }

    private static int at(Mutation mutation) {
        if (mutation instanceof Drop drop) {
            return drop.at();
        } else if (mutation instanceof Retype retype) {
            return retype.at();
        } else if (mutation instanceof Nest nest) {
            return nest.at();
        } else if (mutation instanceof Duplicate duplicate) {
            return duplicate.at();
        }
        return ((Replace) mutation).at();
    }

    private static List<Object> array(Object value) {
        List<Object> list = new ArrayList<>();
        list.add(value);
        return list;
    }

    private static Map<String, Object> object(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    /** Every field and element, depth first. */
    private static List<Slot> slots(Object root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        return slots;
    }

    private static void collect(Object node, List<Slot> slots) {
        if (node instanceof Map<?, ?> map) {
            for (Object key : new ArrayList<>(map.keySet())) {
                slots.add(new Slot(map, key));
                collect(map.get(key), slots);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                slots.add(new Slot(list, i));
                collect(list.get(i), slots);
            }
        } else if (node instanceof Twice twice) {
            collect(twice.first(), slots);
        }
    }

    private static List<String> keys(Object node, List<String> keys) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                keys.add((String) key);
                keys(value, keys);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(element -> keys(element, keys));
        }
        return keys;
    }

    /** A deep copy, so a value used twice is not changed twice. */
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        } else if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        } else if (value instanceof Twice twice) {
            return new Twice(copy(twice.first()), copy(twice.second()));
        }
        return value;
    }

    /** JSON text of the document; with {@code ascii} every character outside printable ASCII is a {@code \\u} escape. */
    static String write(Object value, boolean ascii) {
        StringBuilder out = new StringBuilder();
        write(value, ascii, out);
        return out.toString();
    }

    private static void write(Object value, boolean ascii, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, ascii, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> field : map.entrySet()) {
                List<Object> values = field.getValue() instanceof Twice twice ? List.of(wrap(twice.first()), wrap(twice.second()))
                        : List.of(wrap(field.getValue()));
                for (Object one : values) {
                    out.append(first ? "" : ",");
                    first = false;
                    string((String) field.getKey(), ascii, out);
                    out.append(':');
                    write(unwrap(one), ascii, out);
                }
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), ascii, out);
            }
            out.append(']');
        } else if (value instanceof Twice twice) {
            write(twice.first(), ascii, out);
        } else {
            string(value.toString(), ascii, out);
        }
    }

    /** List.of takes no nulls. */
    private static final Object NULL = new Object();

    private static Object wrap(Object value) {
        return value == null ? NULL : value;
    }

    private static Object unwrap(Object value) {
        return value == NULL ? null : value;
    }

    private static void string(String text, boolean ascii, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
