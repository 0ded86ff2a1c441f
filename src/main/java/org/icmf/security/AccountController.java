package org.icmf.security;

import jakarta.validation.Valid;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/comptes}: the ADMIN lists board accounts, creates them with roles, changes roles, deactivates. */
@Controller
class AccountController {

    private static final String FORM = "admin/accounts/form";

    private final BoardAccounts accounts;

    AccountController(BoardAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping("/admin/comptes")
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("meta", PageMeta.titled("meta.security.accounts.title"));
        return "admin/accounts/index";
    }

    @GetMapping("/admin/comptes/nouveau")
    String newAccount(Model model) {
        model.addAttribute("form", AccountForm.blank());
        return form(model, null);
    }

    @PostMapping("/admin/comptes/nouveau")
    String create(
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("password")) {
            Passwords.check(form.password())
                    .ifPresent(problem -> errors.rejectValue(
                            "password",
                            "account.password." + problem.code(),
                            Passwords.Problem.messageArguments(),
                            null));
        }
        checkRoles(form, errors);
        if (!errors.hasFieldErrors("email") && accounts.emailTaken(form.email())) {
            errors.rejectValue("email", "account.email.taken");
        }
        if (errors.hasErrors()) {
            return form(model, null);
        }
        accounts.create(form.email(), form.displayName(), form.password(), form.roleSet(), user.actor());
        redirect.addFlashAttribute("flash", "account.created");
        return "redirect:/admin/comptes";
    }

    @GetMapping("/admin/comptes/{id}")
    String edit(@PathVariable long id, Model model) {
        BoardUser account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
        model.addAttribute("form", AccountForm.of(account));
        return form(model, id);
    }

    @PostMapping("/admin/comptes/{id}")
    String update(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser me,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        checkRoles(form, errors);
        if (id == me.id()
                && (!form.isActive() || form.roles() == null || !form.roles().contains(Role.ADMIN.name()))) {
            errors.reject("account.self");
        }
        if (errors.hasErrors()) {
            return form(model, id);
        }
        accounts.update(id, form.displayName(), form.roleSet(), form.isActive(), me.actor());
        redirect.addFlashAttribute("flash", "account.saved");
        return "redirect:/admin/comptes";
    }

    private static void checkRoles(AccountForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("roles") && !form.knownRoles()) {
            errors.rejectValue("roles", "account.roles.required");
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("accountId", id);
        model.addAttribute(
                "meta",
                PageMeta.titled(id == null ? "meta.security.account.new.title" : "meta.security.account.edit.title"));
        return FORM;
    }
}
