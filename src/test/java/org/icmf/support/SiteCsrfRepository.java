package org.icmf.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc's {@code csrf()} swaps the shared CSRF filter's token repository for a session-based one of its own and
 * never puts the site's back; later requests, MockMvc's or the real server's, would then open a session (a row in
 * PostgreSQL) for any page with a form. The site's cookie repository is put back after every MockMvc request.
 */
@TestComponent
class SiteCsrfRepository implements MockMvcBuilderCustomizer {

    private final WebApplicationContext context;

    SiteCsrfRepository(WebApplicationContext context) {
        this.context = context;
    }

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        MockHttpServletRequest anyRequest = new MockHttpServletRequest(context.getServletContext());
        CsrfTokenRepository site = WebTestUtils.getCsrfTokenRepository(anyRequest);
        builder.alwaysDo(result -> WebTestUtils.setCsrfTokenRepository(anyRequest, site));
    }
}
