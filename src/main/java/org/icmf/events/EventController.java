package org.icmf.events;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.icmf.events.EventViews.EventDetail;
import org.icmf.events.EventViews.RegistrationView;
import org.icmf.web.EmailAddresses;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
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
 * iCalendar files, and the registrant's personal page (reached by the link e-mailed to them).
 */
@Controller
class EventController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final EventCalendar calendar;
    private final Registrations registrations;
    private final EventICalendar ical;
    private final EventProperties properties;

    EventController(EventCalendar calendar, Registrations registrations, EventICalendar ical,
            EventProperties properties) {
        this.calendar = calendar;
        this.registrations = registrations;
        this.ical = ical;
        this.properties = properties;
    }

    @GetMapping("/evenements")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("upcoming", page == 1 ? calendar.upcoming() : List.of());
        model.addAttribute("past", calendar.past(page, properties.pastPageSize()));
        model.addAttribute("meta", PageMeta.of(page == 1 ? "Événements" : "Événements passés, page " + page,
                "Les rencontres de l'ICMF : Café des Community managers, soirée des Awards, rallye, visio-conférences.",
                "/evenements"));
        return "events/list";
    }

    @GetMapping("/evenements/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}")
    String event(@PathVariable String slug, Model model) {
        model.addAttribute("form", RegistrationForm.blank());
        return page(calendar.detail(slug), model);
    }

    @PostMapping("/evenements/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}")
    String register(@PathVariable String slug, @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult errors, Model model) {
        EventDetail event = calendar.detail(slug);
        if (form.fromRobot()) {
            // Robots get a plausible answer and nothing is stored.
            model.addAttribute("robot", true);
            return page(event, model);
        }
        if (!errors.hasFieldErrors("companions") && form.companionCount() > event.maxCompanions()) {
            errors.rejectValue("companions", "registration.companions.tooMany", new Object[] {event.maxCompanions()},
                    null);
        }
        if (errors.hasErrors()) {
            return page(event, model);
        }
        try {
            Registrations.Outcome outcome = registrations.register(slug, form.registrant());
            return "redirect:/evenements/inscription/" + outcome.token() + "?nouvelle";
        } catch (Registrations.AlreadyRegisteredException e) {
            model.addAttribute("alreadyRegistered", true);
            errors.rejectValue("email", "registration.email.taken");
        } catch (Registrations.RegistrationClosedException e) {
            errors.reject("registration.closed");
        } catch (Registrations.TooManyCompanionsException e) {
            errors.rejectValue("companions", "registration.companions.tooMany", new Object[] {e.max()}, null);
        }
        return page(calendar.detail(slug), model);
    }

    /** Sends the personal link again to whoever owns this e-mail; answers the same whether or not it is registered. */
    @PostMapping("/evenements/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}/renvoyer")
    String resendLink(@PathVariable String slug, @RequestParam(defaultValue = "") String email, Model model) {
        EventDetail event = calendar.detail(slug);
        if (EmailAddresses.isValid(email)) {
            registrations.resendLink(slug, EmailAddresses.normalise(email));
        }
        model.addAttribute("linkResent", true);
        model.addAttribute("form", RegistrationForm.blank());
        return page(event, model);
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
        return registrationPage(registrations.view(token).orElseThrow(() -> new NotFoundException("token")),
                response, model);
    }

    @PostMapping("/evenements/inscription/{token}/annuler")
    String cancel(@PathVariable String token) {
        registrations.cancel(token).orElseThrow(() -> new NotFoundException("token"));
        return "redirect:/evenements/inscription/" + token + "?annulee";
    }

    private String page(EventDetail event, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("meta", PageMeta.of(event.title(), event.category() + " — "
                + event.title(), event.url()));
        return "events/event";
    }

    private String registrationPage(RegistrationView registration, HttpServletResponse response, Model model) {
        // A personal page: never cached by a shared proxy, never indexed.
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("registration", registration);
        model.addAttribute("event", registration.event());
        model.addAttribute("meta", PageMeta.of("Votre inscription", null, null));
        return "events/registration";
    }

    private static ResponseEntity<String> calendarFile(String body, String fileName) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .body(body);
    }
}
