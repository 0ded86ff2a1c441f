package org.icmf.membership.admin;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.icmf.membership.dues.Dues;
import org.icmf.membership.dues.PaymentForm;
import org.icmf.security.BoardUser;
import org.icmf.web.CsvDownloads;
import org.icmf.web.FrenchDates;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** {@code /admin/cotisations} (TREASURER): record cheques, see the payments and the totals per year. */
@Controller
class AdminDuesController {

    private static final int PAGE_SIZE = 30;
    private static final Pageable FIRST_PAGE = PageRequest.of(0, PAGE_SIZE);

    private final Dues dues;
    private final Clock clock;

    AdminDuesController(Dues dues, Clock clock) {
        this.dues = dues;
        this.clock = clock;
    }

    @GetMapping("/admin/cotisations")
    String list(@PageableDefault(size = PAGE_SIZE) Pageable page, Model model) {
        model.addAttribute("form", PaymentForm.blank(LocalDate.now(clock)));
        return page(page, model);
    }

    @PostMapping("/admin/cotisations")
    String record(
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") PaymentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("receivedOn")
                && form.receivedOn() != null
                && !form.receivedOn().isBlank()) {
            try {
                LocalDate.parse(form.receivedOn());
            } catch (DateTimeParseException e) {
                errors.rejectValue("receivedOn", "dues.receivedOn.pattern");
            }
        }
        if (!errors.hasFieldErrors("amountPerMember")
                && form.amountPerMember() != null
                && form.amountPerMember().strip().matches("0+([.,]0+)?")) {
            errors.rejectValue("amountPerMember", "dues.amount.pattern");
        }
        if (errors.hasErrors()) {
            return page(FIRST_PAGE, model);
        }
        try {
            List<String> receipts = dues.record(form, user.actor());
            redirect.addFlashAttribute("flash", receipts.size() == 1 ? "dues.recorded.one" : "dues.recorded.many");
            return "redirect:/admin/cotisations";
        } catch (Dues.UnknownMembersException e) {
            errors.rejectValue("memberNumbers", "dues.members.unknown", new Object[] {e.numbers()}, null);
        } catch (Dues.AlreadyPaidException e) {
            errors.rejectValue(
                    "memberNumbers",
                    "dues.members.alreadyPaid",
                    new Object[] {e.numbers(), String.valueOf(e.year())},
                    null);
        }
        return page(FIRST_PAGE, model);
    }

    @GetMapping("/admin/cotisations/attestations/{receipt:[0-9-]+}.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String receipt, @AuthenticationPrincipal BoardUser user) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(Dues.fileName(receipt))
                                .build()
                                .toString())
                .body(dues.receiptPdf(receipt, user.actor()));
    }

    @GetMapping("/admin/cotisations/export.csv")
    ResponseEntity<byte[]> duesCsv(@RequestParam(name = "annee", required = false) String year) {
        int chosen = year != null && year.matches("\\d{4}")
                ? Integer.parseInt(year)
                : LocalDate.now(clock).getYear();
        return CsvDownloads.of("cotisations-" + chosen + ".csv", dues.duesCsv(chosen));
    }

    private String page(Pageable page, Model model) {
        dues.nextYearDuesFrom().ifPresent(day -> model.addAttribute("nextYearDuesFrom", FrenchDates.dayOfYear(day)));
        model.addAttribute("payments", dues.payments(page));
        model.addAttribute("totals", dues.totals());
        model.addAttribute("meta", PageMeta.titled("meta.membership.dues.title"));
        return "admin/membership/dues";
    }
}
