package org.icmf.web.cache;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.icmf.web.SpamGuard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
class ReaderCacheConfiguration {

    @Bean
    ReaderCache readerCache(
            CacheProperties properties,
            ContentVersions versions,
            SpamGuard spamGuard,
            ReaderCsrf csrf,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
            Clock clock) {
        return new ReaderCache(properties, versions, spamGuard, csrf, sessionCookie, clock);
    }

    /**
     * First of all filters: a page served from memory costs no observation, no security filter, no session lookup.
     * Spring Security's headers are part of what is kept.
     */
    @Bean
    FilterRegistrationBean<ReaderCache> readerCacheFilter(ReaderCache cache) {
        FilterRegistrationBean<ReaderCache> registration = new FilterRegistrationBean<>(cache);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("readerCache");
        return registration;
    }

    /**
     * Tomcat writes a response through an 8 KB buffer per connection: a 13 KB page left in two system calls, the
     * largest cost of a page served from memory.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer(CacheProperties properties) {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty(
                "socket.appWriteBufSize",
                String.valueOf(properties.socketWriteBuffer().toBytes())));
    }
}
