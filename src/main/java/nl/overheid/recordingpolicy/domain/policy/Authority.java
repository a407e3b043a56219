package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The government body a conversation is held with; each publishes its own rules. {@code code} is {@code UWV} or a
 * municipality's CBS code ({@code GM} and four digits). {@code MUNICIPALITY}, the only municipal value of API
 * version 1.0, is an alias of the municipality whose rules ship with the gateway ({@link #MUNICIPALITY}).
 */
public record Authority(String code) {

    /** The name callers of API version 1.0 use for the municipality whose rules ship as the default pack. */
    public static final String MUNICIPALITY_ALIAS = "MUNICIPALITY";

    private static final Pattern CODE = Pattern.compile("UWV|GM[0-9]{4}");

    public static final Authority UWV = new Authority("UWV");

    /**
     * The municipality of the shipped seed text. The text does not name its municipality, so it has the CBS code
     * no municipality has (see docs/interpretation.md).
     */
    public static final Authority MUNICIPALITY = new Authority("GM0000");

    public Authority {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an authority is UWV or GM followed by four digits: " + code);
        }
    }

    /** {@code UWV}, a CBS code, or the alias {@code MUNICIPALITY}; anything else is empty. Case-sensitive. */
    public static Optional<Authority> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (MUNICIPALITY_ALIAS.equals(name)) {
            return Optional.of(MUNICIPALITY);
        }
        return CODE.matcher(name).matches() ? Optional.of(new Authority(name)) : Optional.empty();
    }

    /**
     * As {@link #parse(String)}, for names known to be valid.
     *
     * @throws IllegalArgumentException if the name is not UWV, a CBS code or the alias
     */
    public static Authority of(String name) {
        return parse(name).orElseThrow(() ->
                new IllegalArgumentException("not UWV, MUNICIPALITY or GM followed by four digits: " + name));
    }

    public boolean isMunicipality() {
        return !equals(UWV);
    }

    /**
     * The name answers use: the code, except for the default municipality, which keeps its API 1.0 name
     * {@code MUNICIPALITY} so that clients generated from the 1.0 enumeration can still read every answer.
     */
    public String name() {
        return equals(MUNICIPALITY) ? MUNICIPALITY_ALIAS : code;
    }

    /** The other names callers may use for this authority: the alias, for the default municipality. */
    public List<String> aliases() {
        return equals(MUNICIPALITY) ? List.of(MUNICIPALITY_ALIAS) : List.of();
    }

    @Override
    public String toString() {
        return name();
    }
}
