package nl.overheid.recordingpolicy.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private static final BilingualText DEADLINE = new BilingualText(
            "Vraag het uiterlijk {deadline} aan, {workingDays} werkdagen voor {conversationDate}.",
            "Ask by {deadline}, {workingDays} working days before {conversationDate}.");

    @Test
    void fillReplacesEveryParameterInItsOwnLanguageEveryTime() {
        for (int day = 1; day <= 3; day++) { // the same text filled again, with other values
            BilingualText filled = DEADLINE.fill(Map.of(
                    "deadline", new BilingualText("maandag " + day + " maart", "Monday " + day + " March"),
                    "workingDays", new BilingualText("5", "5"),
                    "conversationDate", new BilingualText("dag " + (day + 7), "day " + (day + 7))));
            assertEquals("Vraag het uiterlijk maandag " + day + " maart aan, 5 werkdagen voor dag " + (day + 7) + ".",
                    filled.nl());
            assertEquals("Ask by Monday " + day + " March, 5 working days before day " + (day + 7) + ".", filled.en());
        }
    }

    @Test
    void fillKeepsTextAroundParametersAtEitherEndAndAnUnclosedBrace() {
        BilingualText text = new BilingualText("{a} en {b}", "{a} and {b} {not closed");
        Map<String, BilingualText> values = Map.of("a", new BilingualText("A", "A"), "b", new BilingualText("B", "B"));
        assertEquals(new BilingualText("A en B", "A and B {not closed"), text.fill(values));
        assertEquals(FIRST, FIRST.fill(values)); // a text without parameters comes back as it is
    }

    @Test
    void fillNamesAParameterWithoutValue() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> DEADLINE.fill(Map.of("deadline", FIRST)));
        assertTrue(missing.getMessage().contains("{workingDays}"), missing.getMessage());
    }
}
