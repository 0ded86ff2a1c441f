package org.icmf.membership;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A member's public profile as they type it in their space ("se faire connaître"): shown in the directory only when
 * {@code visible}. The presentation is plain text; each link must be an http or https address.
 */
public record PublicProfileForm(
        Boolean visible,

        @Size(max = 150, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String jobTitle,

        @Size(max = 600, message = "{membership.size}") String presentation,
        @Size(max = 300, message = "{membership.size}") String link1,
        @Size(max = 300, message = "{membership.size}") String link2,
        @Size(max = 300, message = "{membership.size}") String link3) {

    static PublicProfileForm of(Member member) {
        return new PublicProfileForm(
                member.isProfilePublic(),
                blankIfNull(member.getJobTitle()),
                blankIfNull(member.getPresentation()),
                member.getLinks().size() > 0 ? member.getLinks().get(0) : "",
                member.getLinks().size() > 1 ? member.getLinks().get(1) : "",
                member.getLinks().size() > 2 ? member.getLinks().get(2) : "");
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }

    /** The links typed, by field name, blanks left out. */
    List<String[]> typedLinks() {
        List<String[]> typed = new ArrayList<>();
        String[][] fields = {{"link1", link1}, {"link2", link2}, {"link3", link3}};
        for (String[] field : fields) {
            if (field[1] != null && !field[1].isBlank()) {
                typed.add(new String[] {field[0], field[1].strip()});
            }
        }
        return typed;
    }

    /** Whether a link is an absolute http or https address with a host (parsed, no pattern over the text). */
    static boolean webAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
