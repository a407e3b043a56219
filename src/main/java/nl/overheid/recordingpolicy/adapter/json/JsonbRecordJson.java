package nl.overheid.recordingpolicy.adapter.json;

import jakarta.enterprise.context.ApplicationScoped;

import nl.overheid.recordingpolicy.application.audit.RecordJson;

/** Records written with the one JSON-B instance the REST answers use, so that a stored answer is the REST answer. */
@ApplicationScoped
public class JsonbRecordJson implements RecordJson {

    @Override
    public String write(Object value) {
        return JsonText.write(value);
    }

    @Override
    public <T> T read(String json, Class<T> type) {
        return JsonText.read(json, type);
    }
}
