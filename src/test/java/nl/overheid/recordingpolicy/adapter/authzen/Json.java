package nl.overheid.recordingpolicy.adapter.authzen;

import java.io.StringReader;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** JSON objects for the tests, written with single quotes for readability. */
final class Json {

    private Json() {
    }

    static JsonObject object(String singleQuoted) {
        try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readObject();
        }
    }
}
