package org.icmf.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
        return PageMeta.titled("meta.security.password.title");
    }

    @GetMapping("/admin/mot-de-passe")
    String form(Model model) {
        model.addAttribute("form", PasswordChangeForm.empty());
        return VIEW;
    }

    @PostMapping("/admin/mot-de-passe")
    String change(
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") PasswordChangeForm form,
            BindingResult errors,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword")) {
            Passwords.check(form.newPassword())
                    .ifPresent(problem -> errors.rejectValue(
                            "newPassword",
                            "password.new." + problem.code(),
                            Passwords.Problem.messageArguments(),
                            null));
        }
        if (!errors.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "password.confirmation.mismatch");
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        HttpSession session = request.getSession(false);
        if (!accounts.changePassword(
                user.id(), form.currentPassword(), form.newPassword(), session == null ? null : session.getId())) {
            errors.rejectValue("currentPassword", "password.current.wrong");
            return VIEW;
        }
        // The other sessions are gone; this one goes on under a new id, as after a login.
        if (session != null) {
            request.changeSessionId();
        }
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/admin";
    }
}
