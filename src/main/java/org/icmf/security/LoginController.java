package org.icmf.security;

import org.icmf.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The board's login page; Spring Security handles the POST to the same address. */
@Controller
class LoginController {

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login(Model model) {
        model.addAttribute("meta", PageMeta.titled("meta.security.login.title"));
        return "admin/login";
    }
}
