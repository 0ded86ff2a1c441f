package org.icmf.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port against the test PostgreSQL, with MockMvc and a SQL statement
 * counter; four search results a page so that the seed's ten posts paginate. Every full test uses this one annotation so that they share one cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "icmf.blog.search-page-size=4")
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
public @interface SiteTest {
}
