package org.icmf.web;

import java.util.function.Function;
import org.icmf.web.SpamGuard.Verdict;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The public forms that ask for an e-mail address only (Mes données, the members' space sign-in link, the
 * newsletter): the spam guard's verdict, the address checked, then the feature's request. A robot caught by the
 * honeypot gets the sentence a person gets, and nothing is done; a mistake is shown with what was typed (unless it is
 * far too long to be an address) and the form's stamp kept, so that the time spent correcting counts.
 */
@Component
public class AddressForm {

    private final SpamGuard guard;

    AddressForm(SpamGuard guard) {
        this.guard = guard;
    }

    /**
     * Answers a sent form.
     *
     * @param tooFast  the feature's message for a form sent too soon after it was shown
     * @param stale    its message for a form shown too long ago
     * @param page     renders the form with a stamp (model attributes {@code sent}, {@code email}, {@code invalid} and
     *                 {@code formError} already set), returning the view
     * @param request  does what the feature does with a valid address; returns the key of a message to show instead
     *                 of the "sent" sentence, or null
     */
    public String answer(
            String email,
            String stamp,
            String website,
            Model model,
            String tooFast,
            String stale,
            Function<String, String> page,
            Function<String, String> request) {
        Verdict verdict = guard.check(stamp, website);
        if (verdict == Verdict.HONEYPOT) {
            model.addAttribute("sent", true);
            return page.apply(guard.stamp());
        }
        // A stale stamp is replaced; a recent one is kept, so that the time spent correcting counts.
        String nextStamp = verdict == Verdict.STALE_FORM ? guard.stamp() : stamp;
        String typed = email.length() > EmailAddresses.MAX_LENGTH + 64 ? "" : email.strip();
        if (!EmailAddresses.isValid(typed)) {
            model.addAttribute("email", typed);
            model.addAttribute("invalid", true);
            return page.apply(nextStamp);
        }
        String refusal =
                verdict == Verdict.PASSED ? request.apply(typed) : verdict == Verdict.TOO_FAST ? tooFast : stale;
        if (refusal != null) {
            model.addAttribute("email", typed);
            model.addAttribute("formError", refusal);
            return page.apply(nextStamp);
        }
        model.addAttribute("sent", true);
        return page.apply(guard.stamp());
    }
}
