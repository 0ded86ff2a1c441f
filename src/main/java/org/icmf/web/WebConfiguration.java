package org.icmf.web;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.Ordered;
import org.springframework.data.web.config.PageableHandlerMethodArgumentResolverCustomizer;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SiteProperties.class, SpamProperties.class, InputProperties.class})
class WebConfiguration implements WebMvcConfigurer {

    /** Static assets are fingerprinted and cached for a year (application.properties); pages are revalidated. */
    static final String STATIC_PATHS = "/assets/**";

    private final InputProperties input;
    private final PageableHandlerMethodArgumentResolverCustomizer pageableProperties;

    WebConfiguration(InputProperties input, PageableHandlerMethodArgumentResolverCustomizer pageableProperties) {
        this.input = input;
        this.pageableProperties = pageableProperties;
    }

    /** The input edge: every bound String cleaned and length-bounded, every yes/no lenient (see {@link InputEdge}). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new InputEdge(input.maxFieldLength()));
        registry.addConverter(new InputEdge.LenientBoolean());
    }

    /**
     * Pages of lists ({@link ListPageResolver}). Configuration of the application comes before auto-configuration,
     * so it answers for a {@code Pageable} before Spring Data's resolver (ListPagesTests would see the latter).
     */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ListPageResolver(pageableProperties));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor revalidate = new WebContentInterceptor();
        revalidate.setCacheControl(CacheControl.noCache());
        // Admin and members' space pages show unpublished content or personal data: never stored by browsers or
        // proxies.
        revalidate.addCacheMapping(CacheControl.noStore(), "/admin/**", "/espace-membre", "/espace-membre/**");
        registry.addInterceptor(revalidate).excludePathPatterns(STATIC_PATHS);
    }

    /** Browsers ask for /favicon.ico on their own; the icon is an SVG among the assets. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/favicon.ico", "/assets/favicon.svg")
                .setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    }

    /**
     * Texts of messages.properties for Java code that writes them outside a page (CSV, PDF, feeds, mails): the
     * site speaks French only, so the locale is fixed.
     */
    @Bean
    MessageSourceAccessor messages(MessageSource messageSource) {
        return new MessageSourceAccessor(messageSource, Locale.FRANCE);
    }

    /** The one clock of the site: display and scheduling happen in the association's zone. */
    @Bean
    Clock clock(@Value("${icmf.time-zone:Europe/Paris}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    Markdown markdown() {
        return new Markdown();
    }

    /** Before Spring Security, which reads the body's parameters for the CSRF token. */
    @Bean
    FilterRegistrationBean<BodyLimit> bodyLimit(
            ErrorPages errorPages, @Qualifier("thymeleafViewResolver") ViewResolver views) {
        FilterRegistrationBean<BodyLimit> registration =
                new FilterRegistrationBean<>(new BodyLimit(input.maxBodySize().toBytes(), errorPages, views));
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("bodyLimit");
        return registration;
    }

    /**
     * Conditional GET for pages and feeds: an ETag from the rendered body, so a reader's browser or a
     * feed reader gets a 304 without the page travelling again. Weak, because Tomcat does not gzip a response
     * carrying a strong ETag (the compressed bytes differ from what the strong ETag names).
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        // Outside DatabaseOutage, which must see a failure before this filter writes out what it buffered.
        registration.setOrder(DatabaseOutage.ORDER - 1);
        registration.setName("etagFilter");
        return registration;
    }
}
