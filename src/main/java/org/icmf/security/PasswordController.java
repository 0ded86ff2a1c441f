package org.icmf.security;

import jakarta.validation.Valid;
import org.icmf.web.PageMeta;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every board member changes their own password, proving they know the current one. */
@Controller
class PasswordController {

    private static final String VIEW = "admin/password";

    private final BoardAccounts accounts;

    PasswordController(BoardAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("meta")
    PageMeta meta() {
        return PageMeta.of("Changer de mot de passe", null, null);
    }

    @GetMapping("/admin/mot-de-passe")
    String form(Model model) {
        model.addAttribute("form", PasswordChangeForm.empty());
        return VIEW;
    }

    @PostMapping("/admin/mot-de-passe")
    String change(@AuthenticationPrincipal BoardUser user, @Valid @ModelAttribute("form") PasswordChangeForm form,
            BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "password.confirmation.mismatch");
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        if (!accounts.changePassword(user.id(), form.currentPassword(), form.newPassword())) {
            errors.rejectValue("currentPassword", "password.current.wrong");
            return VIEW;
        }
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/admin";
    }
}
