package dev.dealcoach.teams;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON for Teams tests: trees to compare with, and values as the SDK deserialises them. */
final class Json {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Json() {
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** A value as the SDK deserialises it from an activity: nested maps. */
    static Map<String, Object> map(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
