package org.icmf.audit;

import jakarta.validation.Valid;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** {@code /admin/journal}: the audit log for administrators, newest first, filterable. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/journal")
    String journal(
            @Valid @ModelAttribute("filter") AuditFilterForm filter,
            BindingResult errors,
            @PageableDefault(size = PAGE_SIZE) Pageable page,
            Model model) {
        for (String field : new String[] {"du", "au"}) {
            if (!errors.hasFieldErrors(field)
                    && AuditFilterForm.impossibleDate((String) errors.getRawFieldValue(field))) {
                errors.rejectValue(field, "audit.filter.date.invalid");
            }
        }
        model.addAttribute("entries", log.search(filter.toFilter(), page));
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("actors", log.actors());
        model.addAttribute("vocabulary", log.vocabulary());
        model.addAttribute("meta", PageMeta.titled("meta.audit.title"));
        return "admin/audit/index";
    }
}
