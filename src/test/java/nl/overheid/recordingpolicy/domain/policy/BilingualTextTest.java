package nl.overheid.recordingpolicy.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BilingualTextTest {

    private static final BilingualText FIRST = new BilingualText("Eén zin.", "One sentence.");
    private static final BilingualText SECOND = new BilingualText("Toestemming vóór het gesprek.", "Consent before it.");
    private static final BilingualText THIRD = new BilingualText("Privégebruik.", "Private use.");

    @Test
    void joinGivesWhatJoiningPairwiseGives() {
        List<BilingualText> texts = new ArrayList<>(List.of(FIRST, SECOND, THIRD, FIRST, SECOND));
        BilingualText pairwise = texts.get(0);
        for (BilingualText next : texts.subList(1, texts.size())) {
            pairwise = pairwise.then(next);
        }
        assertEquals(pairwise, BilingualText.join(texts));
        assertEquals(new BilingualText("Eén zin. Toestemming vóór het gesprek.", "One sentence. Consent before it."),
                BilingualText.join(List.of(FIRST, SECOND)));
    }

    @Test
    void oneTextIsItself() {
        assertSame(THIRD, BilingualText.join(List.of(THIRD)));
    }

    @Test
    void thereIsNothingToJoinInNoTexts() {
        assertThrows(IllegalArgumentException.class, () -> BilingualText.join(List.of()));
    }
}
