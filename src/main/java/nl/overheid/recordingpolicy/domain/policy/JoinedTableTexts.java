package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Explanations made of the decision tables' texts alone, joined once per distinct sequence and then reused. A
 * usage decision's explanation is five to eight table sentences (the municipal introduction included), about a
 * kilobyte per language; copying it for every answer was the largest cost of a usage decision in JMH
 * (StringBuilder.append under BilingualText.join, 2026-12-03). The sequences are finite (one per path through a
 * table), so the cache stays small; a sentence made for one question never comes here (DecisionBuilder).
 */
final class JoinedTableTexts {

    /** Far above the paths the shipped tables have; a bound, not a size anyone should reach. */
    private static final int MAX_ENTRIES = 4096;
    private static final Map<List<BilingualText>, BilingualText> JOINED = new ConcurrentHashMap<>();

    private JoinedTableTexts() {
    }

    static BilingualText join(List<BilingualText> texts) {
        BilingualText joined = JOINED.get(texts);
        if (joined != null) {
            return joined;
        }
        joined = BilingualText.join(texts);
        if (JOINED.size() < MAX_ENTRIES) {
            JOINED.put(List.copyOf(texts), joined);
        }
        return joined;
    }
}
