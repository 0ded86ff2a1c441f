package org.icmf.events;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.icmf.events.EventViews.EventDetail;
import org.icmf.events.EventViews.EventLists;
import org.icmf.events.EventViews.RegistrationView;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.icmf.web.SpamGuard;
import org.icmf.web.SpamGuard.Verdict;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /evenements}: what is coming and what happened, each event's page with its registration form,
 * iCalendar files, the page that confirms a sign-up's address (reached by the link e-mailed to it), and the
 * registrant's personal page (reached by the personal link e-mailed to them).
 */
@Controller
class EventController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final EventCalendar calendar;
    private final Registrations registrations;
    private final EventICalendar ical;
    private final EventProperties properties;
    private final SpamGuard guard;

    EventController(
            EventCalendar calendar,
            Registrations registrations,
            EventICalendar ical,
            EventProperties properties,
            SpamGuard guard) {
        this.calendar = calendar;
        this.registrations = registrations;
        this.ical = ical;
        this.properties = properties;
        this.guard = guard;
    }

    /**
     * What is coming, soonest first ({@code ?page=N}), and what happened, newest first ({@code ?passes=N}): the
     * first page shows the first page of both lists, a further page of one list shows that list alone.
     */
    @GetMapping("/evenements")
    String list(Pageable pageable, @RequestParam(name = "passes", required = false) Integer passes, Model model) {
        int upcomingPage = pageable.getPageNumber();
        int pastPage = pastPage(passes);
        if (upcomingPage > 0 && pastPage > 0) {
            throw new NotFoundException("page " + (upcomingPage + 1) + " and passes " + (pastPage + 1));
        }
        EventLists lists = calendar.lists(
                pastPage == 0 ? PageRequest.of(upcomingPage, properties.upcomingPageSize()) : null,
                upcomingPage == 0 ? PageRequest.of(pastPage, properties.pastPageSize()) : null);
        model.addAttribute("upcoming", lists.upcoming());
        model.addAttribute("past", lists.past());
        PageMeta meta = upcomingPage > 0
                ? PageMeta.titled("meta.events.upcoming.title", String.valueOf(upcomingPage + 1))
                : pastPage > 0
                        ? PageMeta.titled("meta.events.past.title", String.valueOf(pastPage + 1))
                        : PageMeta.titled("meta.events.list.title");
        model.addAttribute(
                "meta", meta.describedAs("meta.events.list.description").at("/evenements"));
        return "events/list";
    }

    /** {@code ?passes=N} from 0; a page before the first, or past what an offset reaches, does not exist. */
    private int pastPage(Integer passes) {
        if (passes == null) {
            return 0;
        }
        if (passes < 1 || (long) passes * properties.pastPageSize() > Integer.MAX_VALUE) {
            throw new NotFoundException("passes " + passes);
        }
        return passes - 1;
    }

    @GetMapping("/evenements/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}")
    String event(@PathVariable String slug, Model model) {
        model.addAttribute("form", RegistrationForm.blank());
        return page(calendar.detail(slug), guard.stamp(), model);
    }

    /**
     * A sign-up: checked (spam guard, fields, rate limit), then whatever happens the visitor is sent to the same
     * "vérifiez votre messagerie" page — a new address, one already registered, a full event, a robot alike.
     */
    @PostMapping("/evenements/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}")
    String register(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        EventDetail event = calendar.detail(slug);
        Verdict verdict =
                guard.check(form.stamp(), form.website(), form.firstName(), form.lastName(), form.organisation());
        if (verdict == Verdict.HONEYPOT) {
            // A robot: the answer looks like a person's, and nothing is stored or mailed.
            return checkMail(slug);
        }
        if (!errors.hasFieldErrors("companions") && form.companionCount() > event.maxCompanions()) {
            errors.rejectValue(
                    "companions", "registration.companions.tooMany", new Object[] {event.maxCompanions()}, null);
        }
        rejectStamp(verdict, errors);
        // A stale stamp is replaced; any other is kept, so that the time spent correcting counts.
        String stamp = verdict == Verdict.STALE_FORM ? guard.stamp() : form.stamp();
        if (errors.hasErrors()) {
            return page(event, stamp, model);
        }
        if (verdict == Verdict.SPAM_CONTENT) {
            // Links or forbidden words in a name: answered like anyone, nothing stored or mailed.
            return checkMail(slug);
        }
        try {
            registrations.signUp(slug, form.registrant(), guard.addressHash(request.getRemoteAddr()));
            return checkMail(slug);
        } catch (Registrations.RegistrationClosedException e) {
            errors.reject("registration.closed");
        } catch (Registrations.TooManyCompanionsException e) {
            errors.rejectValue("companions", "registration.companions.tooMany", new Object[] {e.max()}, null);
        } catch (Registrations.TooFrequentException e) {
            errors.reject("registration.form.tooFrequent");
        }
        return page(calendar.detail(slug), stamp, model);
    }

    /** After signing up (or asking for the mail again): the same page whatever happened, and the form to resend. */
    @GetMapping("/evenements/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}/verification")
    String checkYourMail(@PathVariable String slug, Model model) {
        model.addAttribute("resend", ResendForm.blank());
        return checkMailPage(calendar.detail(slug), guard.stamp(), model);
    }

    /** "Renvoyer le courriel": limited per client address and per e-mail; answers the same whoever is registered. */
    @PostMapping("/evenements/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}/renvoyer")
    String resend(
            @PathVariable String slug,
            @Valid @ModelAttribute("resend") ResendForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        EventDetail event = calendar.detail(slug);
        Verdict verdict = guard.check(form.stamp(), form.website());
        if (verdict == Verdict.HONEYPOT) {
            return checkMail(slug) + "?renvoye";
        }
        rejectStamp(verdict, errors);
        String stamp = verdict == Verdict.STALE_FORM ? guard.stamp() : form.stamp();
        if (!errors.hasErrors()) {
            try {
                registrations.resend(slug, form.normalisedEmail(), guard.addressHash(request.getRemoteAddr()));
                return checkMail(slug) + "?renvoye";
            } catch (Registrations.TooFrequentException e) {
                errors.reject("registration.form.tooFrequent");
            }
        }
        return checkMailPage(event, stamp, model);
    }

    /** The page a confirmation link opens: what will be confirmed, and the button (a link alone changes nothing). */
    @GetMapping("/evenements/confirmation/{token}")
    String confirmation(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<RegistrationView> pending = registrations.pending(token);
        if (pending.isEmpty()) {
            return confirmationPage("EXPIRED", null, response, model);
        }
        model.addAttribute("event", pending.get().event());
        return confirmationPage("ASK", pending.get(), response, model);
    }

    @PostMapping("/evenements/confirmation/{token}")
    String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
        try {
            Optional<Registrations.Outcome> outcome = registrations.confirm(token);
            if (outcome.isPresent()) {
                return "redirect:/evenements/inscription/" + outcome.get().token() + "?nouvelle";
            }
            return confirmationPage("EXPIRED", null, response, model);
        } catch (Registrations.RegistrationClosedException e) {
            return confirmationPage("CLOSED", null, response, model);
        }
    }

    @GetMapping("/evenements/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}.ics")
    ResponseEntity<String> eventCalendar(@PathVariable String slug) {
        EventDetail event = calendar.detail(slug);
        return calendarFile(ical.write(List.of(event)), slug + ".ics");
    }

    @GetMapping("/evenements.ics")
    ResponseEntity<String> allUpcoming() {
        return calendarFile(ical.write(calendar.upcomingDetails()), "evenements-icmf.ics");
    }

    @GetMapping("/evenements/inscription/{token}")
    String registration(@PathVariable String token, HttpServletResponse response, Model model) {
        return registrationPage(
                registrations.view(token).orElseThrow(() -> new NotFoundException("token")), response, model);
    }

    @PostMapping("/evenements/inscription/{token}/annuler")
    String cancel(@PathVariable String token) {
        registrations.cancel(token).orElseThrow(() -> new NotFoundException("token"));
        return "redirect:/evenements/inscription/" + token + "?annulee";
    }

    private static void rejectStamp(Verdict verdict, BindingResult errors) {
        if (verdict == Verdict.STALE_FORM) {
            errors.reject("registration.form.stale");
        } else if (verdict == Verdict.TOO_FAST) {
            errors.reject("registration.form.tooFast");
        }
    }

    private static String checkMail(String slug) {
        return "redirect:/evenements/" + slug + "/verification";
    }

    private String checkMailPage(EventDetail event, String stamp, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("stamp", stamp);
        model.addAttribute("validityHours", properties.confirmationValidity().toHours());
        model.addAttribute("meta", PageMeta.titled("meta.events.checkMail.title"));
        return "events/check-mail";
    }

    private String confirmationPage(String state, RegistrationView pending, HttpServletResponse response, Model model) {
        // A personal page: never cached by a shared proxy, never indexed.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        if ("EXPIRED".equals(state)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("state", state);
        model.addAttribute("registration", pending);
        model.addAttribute("meta", PageMeta.titled("meta.events.confirm.title"));
        return "events/confirmation";
    }

    private String page(EventDetail event, String stamp, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("stamp", stamp);
        model.addAttribute(
                "meta",
                PageMeta.content(event.title(), event.category() + " — " + event.title())
                        .at(event.url()));
        return "events/event";
    }

    private String registrationPage(RegistrationView registration, HttpServletResponse response, Model model) {
        // A personal page: never cached by a shared proxy, never indexed.
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("registration", registration);
        model.addAttribute("event", registration.event());
        model.addAttribute("meta", PageMeta.titled("meta.events.registration.title"));
        return "events/registration";
    }

    private static ResponseEntity<String> calendarFile(String body, String fileName) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .body(body);
    }
}
