package nl.overheid.recordingpolicy.adapter.rest.dto;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;

import nl.overheid.recordingpolicy.application.consent.ConsentRequestPage;
import nl.overheid.recordingpolicy.application.view.ConsentRequestView;

/** A page of consent requests with NL API Design Rules pagination links (HAL style: self, first, prev, next, last). */
@JsonbPropertyOrder({"consentRequests", "page", "links"})
public record ConsentRequestPageDto(List<ConsentRequestView> consentRequests, PageDto page,
                                    @JsonbProperty("_links") Map<String, LinkDto> links) {

    @JsonbPropertyOrder({"number", "size", "totalElements", "totalPages"})
    public record PageDto(int number, int size, long totalElements, int totalPages) {
    }

    public record LinkDto(String href) {
    }

    public static ConsentRequestPageDto of(ConsentRequestPage page, UriInfo uri) {
        int last = Math.max(1, page.totalPages());
        Map<String, LinkDto> links = new LinkedHashMap<>();
        links.put("self", link(uri, page.number(), page.size()));
        links.put("first", link(uri, 1, page.size()));
        if (page.number() > 1) {
            links.put("prev", link(uri, Math.min(page.number() - 1, last), page.size()));
        }
        if (page.number() < last) {
            links.put("next", link(uri, page.number() + 1, page.size()));
        }
        links.put("last", link(uri, last, page.size()));
        return new ConsentRequestPageDto(page.consentRequests(),
                new PageDto(page.number(), page.size(), page.totalElements(), page.totalPages()), links);
    }

    /** Relative to the server: the request's path with its query, only page and pageSize replaced. */
    private static LinkDto link(UriInfo uri, int page, int size) {
        URI target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", size)
                .build();
        return new LinkDto(target.getRawPath() + "?" + target.getRawQuery());
    }
}
