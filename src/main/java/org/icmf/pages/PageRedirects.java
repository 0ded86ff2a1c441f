package org.icmf.pages;

import org.icmf.editing.OldAddresses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The addresses pages left when their slug changed. */
@Component
class PageRedirects extends OldAddresses {

    PageRedirects(JdbcClient jdbc) {
        super(jdbc, "site_page_redirect", "page_id");
    }
}
