package org.icmf.comments;

import java.util.List;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How long commenters' data is kept, from the settings {@link CommentRetention} uses. */
@Component
@Order(30)
class CommentPrivacyFacts implements PrivacyFacts {

    private final CommentsProperties properties;

    CommentPrivacyFacts(CommentsProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Retention> retentions() {
        return List.of(
                new Retention("privacy.retention.comments.published"),
                new Retention("privacy.retention.comments.email", FrenchDates.duration(properties.emailRetention())),
                new Retention(
                        "privacy.retention.comments.address", FrenchDates.duration(properties.addressRetention())),
                new Retention(
                        "privacy.retention.comments.discarded", FrenchDates.duration(properties.discardedRetention())));
    }
}
