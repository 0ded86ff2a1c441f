package org.icmf.events.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.icmf.events.EventCategory;
import org.icmf.events.EventEditor;
import org.icmf.events.EventForm;
import org.icmf.events.RegistrationForm;
import org.icmf.events.Registrations;
import org.icmf.security.BoardUser;
import org.icmf.web.ConcurrentEditException;
import org.icmf.web.CsvDownloads;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/evenements} (EDITOR): create, edit, duplicate, cancel and delete events; see, add and remove
 * registrations, export them as CSV, write to every registrant.
 */
@Controller
class AdminEventController {

    private static final String FORM = "admin/events/form";
    private static final int PAGE_SIZE = 20;

    private final EventEditor editor;

    AdminEventController(EventEditor editor) {
        this.editor = editor;
    }

    /** A message to every registrant of an event. */
    record MessageForm(
            @NotBlank(message = "{event.message.subject.required}")
            @Size(max = 200, message = "{event.message.subject.size}")
            String subject,

            @NotBlank(message = "{event.message.text.required}")
            @Size(max = 10_000, message = "{event.message.text.size}")
            String text) {}

    /** Why an event is cancelled, told to its registrants (optional). */
    record CancelForm(
            @Size(max = 2_000, message = "{event.cancel.message.size}")
            String message) {}

    @ModelAttribute("categories")
    EventCategory[] categories() {
        return EventCategory.values();
    }

    @GetMapping("/admin/evenements")
    String list(@PageableDefault(size = PAGE_SIZE) Pageable page, Model model) {
        model.addAttribute("events", editor.list(page));
        model.addAttribute("meta", PageMeta.titled("meta.events.admin.title"));
        return "admin/events/index";
    }

    @GetMapping("/admin/evenements/nouveau")
    String newEvent(@RequestParam(name = "copie", required = false) Long copyOf, Model model) {
        model.addAttribute("form", copyOf == null ? EventForm.blank() : editor.duplicate(copyOf));
        return form(model, null);
    }

    @PostMapping("/admin/evenements/nouveau")
    String create(
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") EventForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        EventFormChecks.check(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = editor.create(form, user.actor());
            redirect.addFlashAttribute("flash", "event.saved");
            return "redirect:/admin/evenements/" + id;
        } catch (EventEditor.SlugTakenException e) {
            errors.rejectValue("slug", "event.slug.taken");
            return form(model, null);
        }
    }

    @GetMapping("/admin/evenements/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", editor.form(id));
        return form(model, id);
    }

    @PostMapping("/admin/evenements/{id}")
    String update(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") EventForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        EventFormChecks.check(form, errors);
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            editor.update(id, form, user.actor());
            redirect.addFlashAttribute("flash", "event.saved");
            return "redirect:/admin/evenements/" + id;
        } catch (EventEditor.SlugTakenException e) {
            errors.rejectValue("slug", "event.slug.taken");
        } catch (ConcurrentEditException e) {
            errors.reject("event.concurrent");
        }
        return form(model, id);
    }

    @GetMapping("/admin/evenements/{id}/annuler")
    String confirmCancel(@PathVariable long id, Model model) {
        model.addAttribute("form", new CancelForm(""));
        return cancelPage(id, model);
    }

    @PostMapping("/admin/evenements/{id}/annuler")
    String cancel(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") CancelForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return cancelPage(id, model);
        }
        editor.cancel(id, form.message(), user.actor());
        redirect.addFlashAttribute("flash", "event.cancelled");
        return "redirect:/admin/evenements/" + id + "/inscriptions";
    }

    @GetMapping("/admin/evenements/{id}/supprimer")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("registrations", editor.registrations(id));
        model.addAttribute("meta", PageMeta.titled("meta.events.admin.delete.title"));
        return "admin/events/delete";
    }

    @PostMapping("/admin/evenements/{id}/supprimer")
    String delete(@PathVariable long id, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
        editor.delete(id, user.actor());
        redirect.addFlashAttribute("flash", "event.deleted");
        return "redirect:/admin/evenements";
    }

    @GetMapping("/admin/evenements/{id}/inscriptions")
    String registrations(@PathVariable long id, Model model) {
        model.addAttribute("form", RegistrationForm.blank());
        model.addAttribute("message", new MessageForm("", ""));
        return registrationsPage(id, model);
    }

    @PostMapping("/admin/evenements/{id}/inscriptions")
    String addRegistration(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("message", new MessageForm("", ""));
        if (errors.hasErrors()) {
            return registrationsPage(id, model);
        }
        try {
            Registrations.Outcome outcome = editor.addRegistration(id, form.registrant(), user.actor());
            redirect.addFlashAttribute(
                    "flash",
                    "event.registration.added." + outcome.status().name().toLowerCase());
            return "redirect:/admin/evenements/" + id + "/inscriptions";
        } catch (Registrations.AlreadyRegisteredException e) {
            errors.rejectValue("email", "registration.email.takenByBoard");
        } catch (Registrations.RegistrationClosedException e) {
            errors.reject("event.registration.cancelledEvent");
        } catch (Registrations.TooManyCompanionsException e) {
            errors.rejectValue("companions", "registration.companions.tooMany", new Object[] {e.max()}, null);
        }
        return registrationsPage(id, model);
    }

    @PostMapping("/admin/evenements/{id}/inscriptions/{registrationId}/retirer")
    String removeRegistration(
            @PathVariable long id,
            @PathVariable long registrationId,
            @AuthenticationPrincipal BoardUser user,
            RedirectAttributes redirect) {
        editor.removeRegistration(id, registrationId, user.actor());
        redirect.addFlashAttribute("flash", "event.registration.removed");
        return "redirect:/admin/evenements/" + id + "/inscriptions";
    }

    @PostMapping("/admin/evenements/{id}/message")
    String message(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("message") MessageForm message,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("form", RegistrationForm.blank());
            return registrationsPage(id, model);
        }
        int sent = editor.messageAll(id, message.subject().strip(), message.text(), user.actor());
        redirect.addFlashAttribute("flash", sent == 0 ? "event.message.nobody" : "event.message.sent");
        return "redirect:/admin/evenements/" + id + "/inscriptions";
    }

    @GetMapping("/admin/evenements/{id}/inscriptions.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return CsvDownloads.of("inscriptions-" + editor.slug(id) + ".csv", editor.csv(id));
    }

    private String form(Model model, Long id) {
        model.addAttribute("eventId", id);
        model.addAttribute(
                "meta", PageMeta.titled(id == null ? "meta.events.admin.new.title" : "meta.events.admin.edit.title"));
        return FORM;
    }

    private String cancelPage(long id, Model model) {
        model.addAttribute("registrations", editor.registrations(id));
        model.addAttribute("meta", PageMeta.titled("meta.events.admin.cancel.title"));
        return "admin/events/cancel";
    }

    private String registrationsPage(long id, Model model) {
        model.addAttribute("registrations", editor.registrations(id));
        model.addAttribute("meta", PageMeta.titled("meta.events.admin.registrations.title"));
        return "admin/events/registrations";
    }
}
