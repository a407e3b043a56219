package nl.overheid.recordingpolicy.application.view;

import java.util.List;

/** The answer of GET /acknowledgements?caseReference= and FindAcknowledgements. */
public record AcknowledgementListView(List<AcknowledgementView> acknowledgements) {

    public AcknowledgementListView {
        acknowledgements = List.copyOf(acknowledgements);
    }
}
