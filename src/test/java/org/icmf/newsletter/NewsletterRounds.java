package org.icmf.newsletter;

import org.springframework.context.ApplicationContext;

/** Runs the newsletter's sending job as its schedule would, until no delivery waits (scheduling is off in tests). */
public final class NewsletterRounds {

    private NewsletterRounds() {}

    public static void dispatchAll(ApplicationContext context) {
        IssueDispatch dispatch = context.getBean(IssueDispatch.class);
        for (int round = 0; round < 1000; round++) {
            if (dispatch.dispatch() == 0) {
                return;
            }
        }
        throw new AssertionError("deliveries still waiting after 1000 rounds");
    }
}
