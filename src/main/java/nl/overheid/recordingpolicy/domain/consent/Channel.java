package nl.overheid.recordingpolicy.domain.consent;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import nl.overheid.recordingpolicy.domain.policy.BilingualText;

/**
 * How a consent request came in. Which channels an authority takes a request through is its policy file's
 * choice (the {@code channels} of a recording consent and of the usage table): UWV names Mijn UWV, chat and phone,
 * a municipality's file lists its own. Every value stays here, so that a request stored before that check still reads
 * back.
 */
public enum Channel {
    MIJN_UWV("een bericht in Mijn UWV", "a message in Mijn UWV"),
    CHAT("een chat", "a chat"),
    PHONE("telefonisch", "by phone"),
    COUNTER("aan de balie", "at the counter"),
    LETTER("per brief", "by letter");

    private final String dutch;
    private final String english;

    Channel(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** Whether a policy file's list of channel names includes this one. */
    boolean listedIn(Collection<String> channelNames) {
        return channelNames.contains(name());
    }

    /** The listed channels as a person reads them: "een chat, telefonisch" / "a chat, by phone". */
    static BilingualText describe(List<String> channelNames) {
        List<Channel> channels = channelNames.stream().map(Channel::valueOf).toList();
        return new BilingualText(
                channels.stream().map(channel -> channel.dutch).collect(Collectors.joining(", ")),
                channels.stream().map(channel -> channel.english).collect(Collectors.joining(", ")));
    }
}
