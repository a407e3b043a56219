package nl.overheid.recordingpolicy.domain.consent;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.GatewayText;
import nl.overheid.recordingpolicy.domain.policy.GatewayTexts;

/**
 * How a consent request came in. Which channels an authority takes a request through is its policy file's
 * choice (the {@code channels} of a recording consent and of the usage table): UWV names Mijn UWV, chat and phone,
 * a municipality's file lists its own. Every value stays here, so that a request stored before that check still reads
 * back.
 */
public enum Channel {
    MIJN_UWV(GatewayText.CHANNEL_MIJN_UWV),
    CHAT(GatewayText.CHANNEL_CHAT),
    PHONE(GatewayText.CHANNEL_PHONE),
    COUNTER(GatewayText.CHANNEL_COUNTER),
    LETTER(GatewayText.CHANNEL_LETTER);

    /** How a person reads the channel: "een chat" / "a chat". */
    private final GatewayText name;

    Channel(GatewayText name) {
        this.name = name;
    }

    /** Whether a policy file's list of channel names includes this one. */
    boolean listedIn(Collection<String> channelNames) {
        return channelNames.contains(name());
    }

    /** The listed channels as a person reads them: "een chat, telefonisch" / "a chat, by phone". */
    static BilingualText describe(List<String> channelNames, GatewayTexts texts) {
        List<BilingualText> names = channelNames.stream().map(channel -> texts.text(Channel.valueOf(channel).name))
                .toList();
        return new BilingualText(
                names.stream().map(BilingualText::nl).collect(Collectors.joining(", ")),
                names.stream().map(BilingualText::en).collect(Collectors.joining(", ")));
    }
}
