package org.icmf.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.icmf.privacy.spi.MemberChoices;
import org.icmf.web.AddressForm;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.icmf.web.SpamGuard;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /mes-donnees}: ask for, read, download and erase the personal data the site holds for an address. The ask
 * form has the spam guard (honeypot, stamp); whether the address is known, mailed too recently or caught by the
 * honeypot, the answer is the same sentence.
 */
@Controller
class PersonalDataController {

    private final PersonalDataRequests requests;
    private final SpamGuard guard;
    private final AddressForm form;

    PersonalDataController(PersonalDataRequests requests, SpamGuard guard, AddressForm form) {
        this.requests = requests;
        this.guard = guard;
        this.form = form;
    }

    @GetMapping("/mes-donnees")
    String ask(Model model) {
        return page(guard.stamp(), model);
    }

    @PostMapping("/mes-donnees")
    String request(
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
                "personalData.form.tooFast",
                "personalData.form.stale",
                next -> page(next, model),
                typed -> {
                    requests.request(typed, guard.addressHash(http.getRemoteAddr()));
                    return null;
                });
    }

    private String page(String stamp, Model model) {
        model.addAttribute("stamp", stamp);
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.privacy.data.title")
                        .describedAs("meta.privacy.data.description")
                        .at("/mes-donnees"));
        return "privacy/personal-data-ask";
    }

    @GetMapping("/mes-donnees/{token}")
    String data(@PathVariable String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        String email = requests.email(token).orElseThrow(() -> new NotFoundException("personal data link"));
        model.addAttribute("email", email);
        model.addAttribute("data", requests.collect(email));
        requests.choices(email).ifPresent(choices -> model.addAttribute("choices", choices));
        model.addAttribute("token", token);
        model.addAttribute("meta", PageMeta.titled("meta.privacy.data.title"));
        return "privacy/personal-data";
    }

    @GetMapping("/mes-donnees/{token}/export.json")
    ResponseEntity<Map<String, List<Map<String, String>>>> export(@PathVariable String token) {
        String email = requests.email(token).orElseThrow(() -> new NotFoundException("personal data link"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mes-donnees-icmf.json")
                                .build()
                                .toString())
                .body(requests.collect(email));
    }

    @PostMapping("/mes-donnees/{token}/choix")
    String choose(
            @PathVariable String token,
            @RequestParam(defaultValue = "false") boolean directory,
            @RequestParam(defaultValue = "false") boolean reminders,
            HttpServletResponse response,
            Model model) {
        requests.choose(token, new MemberChoices.Choices(directory, reminders));
        model.addAttribute("choicesSaved", true);
        return data(token, response, model);
    }

    @PostMapping("/mes-donnees/{token}/effacer")
    String erase(
            @PathVariable String token,
            @RequestParam(required = false) String confirm,
            HttpServletResponse response,
            Model model) {
        if (!"oui".equals(confirm)) {
            model.addAttribute("confirmMissing", true);
            return data(token, response, model);
        }
        requests.erase(token);
        model.addAttribute("erased", true);
        model.addAttribute("meta", PageMeta.titled("meta.privacy.erased.title"));
        return "privacy/personal-data-ask";
    }
}
