package org.icmf.editing;

import org.icmf.security.BoardUser;
import org.icmf.web.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * What an editor's form submission carries besides the form: the button pressed ({@code apercu} previews, anything
 * else saves), who pressed it, the page's model and the flash for after the redirect. A handler takes it as one
 * argument instead of four.
 */
public record EditorSubmission(String action, Actor actor, Model model, RedirectAttributes redirect) {

    boolean preview() {
        return "apercu".equals(action);
    }

    /** Fills an {@link EditorSubmission} argument of a handler; registered by {@link EditingConfiguration}. */
    static class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == EditorSubmission.class;
        }

        @Override
        public EditorSubmission resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest request,
                WebDataBinderFactory binders) {
            RedirectAttributesModelMap redirect = new RedirectAttributesModelMap(null);
            container.setRedirectModel(redirect);
            BoardUser user = (BoardUser)
                    SecurityContextHolder.getContext().getAuthentication().getPrincipal();
            // The handler's model (a Model, as Spring MVC creates it), not the redirect's.
            Model model = (Model) container.getModel();
            return new EditorSubmission(request.getParameter("action"), user.actor(), model, redirect);
        }
    }
}
