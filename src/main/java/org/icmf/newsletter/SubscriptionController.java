package org.icmf.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.icmf.web.AddressForm;
import org.icmf.web.FormAttempts;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.icmf.web.SpamGuard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /lettre}: subscribe (spam guard, rate limits, the same answer whether the address is subscribed already or
 * not), confirm from the mailed link, and unsubscribe from an issue's link. Both links open a page whose button
 * POSTs, so that a mail scanner following links changes nothing. The unsubscribe POST is also the one-click
 * unsubscribe of mail clients (RFC 8058): it carries no CSRF token, its token being the credential.
 */
@Controller
class SubscriptionController {

    private static final String PAGE = "newsletter/subscribe";
    private static final String LINK_PAGE = "newsletter/link";

    private final Subscriptions subscriptions;
    private final SpamGuard guard;
    private final AddressForm form;

    SubscriptionController(Subscriptions subscriptions, SpamGuard guard, AddressForm form) {
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.form = form;
    }

    @GetMapping("/lettre")
    String form(Model model) {
        return page(guard.stamp(), model);
    }

    @PostMapping("/lettre")
    String subscribe(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) String stamp,
            @RequestParam(required = false) String website,
            HttpServletRequest http,
            Model model) {
        return form.answer(
                email,
                stamp,
                website,
                model,
                "newsletter.form.tooFast",
                "newsletter.form.stale",
                next -> page(next, model),
                typed -> subscriptions.request(typed, guard.addressHash(http.getRemoteAddr()))
                                == FormAttempts.Outcome.CLIENT_TOO_FREQUENT
                        ? "newsletter.form.tooFrequent"
                        : null);
    }

    private String page(String stamp, Model model) {
        model.addAttribute("stamp", stamp);
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.newsletter.title")
                        .describedAs("meta.newsletter.description")
                        .at("/lettre"));
        return PAGE;
    }

    @GetMapping(Subscriptions.CONFIRM_PATH + "{token}")
    String confirmPage(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!subscriptions.confirmable(token)) {
            throw new NotFoundException("newsletter confirmation link");
        }
        return linkPage("confirm", token, response, model);
    }

    @PostMapping(Subscriptions.CONFIRM_PATH + "{token}")
    String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!subscriptions.confirm(token)) {
            throw new NotFoundException("newsletter confirmation link");
        }
        return linkPage("confirmed", token, response, model);
    }

    @GetMapping(Subscriptions.UNSUBSCRIBE_PATH + "{token}")
    String unsubscribePage(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!subscriptions.knownUnsubscribeLink(token)) {
            throw new NotFoundException("newsletter unsubscribe link");
        }
        return linkPage("unsubscribe", token, response, model);
    }

    @PostMapping(Subscriptions.UNSUBSCRIBE_PATH + "{token}")
    String unsubscribe(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!subscriptions.unsubscribeByLink(token)) {
            throw new NotFoundException("newsletter unsubscribe link");
        }
        return linkPage("unsubscribed", token, response, model);
    }

    /** A page of a personal link: never kept by a shared cache, never indexed. */
    private static String linkPage(String step, String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("step", step);
        model.addAttribute("token", token);
        model.addAttribute("meta", PageMeta.titled("meta.newsletter.title"));
        return LINK_PAGE;
    }
}
