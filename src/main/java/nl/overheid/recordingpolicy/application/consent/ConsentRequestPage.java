package nl.overheid.recordingpolicy.application.consent;

import java.util.List;

import nl.overheid.recordingpolicy.application.view.ConsentRequestView;

/** One page of a case's consent requests, oldest first. {@code number} counts from 1. */
public record ConsentRequestPage(List<ConsentRequestView> consentRequests, int number, int size, long totalElements) {

    public ConsentRequestPage {
        consentRequests = List.copyOf(consentRequests);
    }

    public int totalPages() {
        return (int) ((totalElements + size - 1) / size);
    }
}
