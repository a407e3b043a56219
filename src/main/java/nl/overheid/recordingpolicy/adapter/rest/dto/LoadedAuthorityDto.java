package nl.overheid.recordingpolicy.adapter.rest.dto;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"code", "aliases"})
public record LoadedAuthorityDto(String code, List<String> aliases) {
}
