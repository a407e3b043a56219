package nl.overheid.recordingpolicy.application.view;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import nl.overheid.recordingpolicy.domain.policy.BilingualText;

@JsonbPropertyOrder({"nl", "en"})
public record TextView(String nl, String en) {

    public static TextView of(BilingualText text) {
        return new TextView(text.nl(), text.en());
    }
}
