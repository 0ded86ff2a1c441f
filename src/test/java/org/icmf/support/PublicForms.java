package org.icmf.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Public forms sent as a person sends them: a form shown a while ago, from a client address of its own. */
public final class PublicForms {

    private PublicForms() {}

    /** A client address of its own, so that the per-client rate limits count each test (or request) apart. */
    public static RequestPostProcessor newClient() {
        String address = "203.0.113." + UUID.randomUUID();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** {@code POST /mes-donnees} for an address, as a person sends it: a stamp of 20 s ago, the honeypot empty. */
    public static MockHttpServletRequestBuilder askForPersonalData(String email) {
        return askForPersonalData(email, FormStamps.shownSecondsAgo(20), "");
    }

    /** {@code POST /mes-donnees} with this stamp and this in the honeypot field. */
    public static MockHttpServletRequestBuilder askForPersonalData(String email, String stamp, String honeypot) {
        return post("/mes-donnees")
                .with(csrf())
                .with(newClient())
                .param("email", email)
                .param("stamp", stamp)
                .param("website", honeypot);
    }
}
