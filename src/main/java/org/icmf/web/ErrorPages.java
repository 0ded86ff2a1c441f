package org.icmf.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The French error pages for what visitors commonly get wrong, rendered directly (whatever the Accept
 * header) rather than through the container's error dispatch. Anything else reaches Boot's error
 * controller, which renders the same {@code error/*} templates and never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private final SiteProperties site;
    private final ObjectProvider<NavigationSource> navigation;
    private final DatabaseOutage outage;

    ErrorPages(SiteProperties site, ObjectProvider<NavigationSource> navigation, DatabaseOutage outage) {
        this.site = site;
        this.navigation = navigation;
        this.outage = outage;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView notFound() {
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest() {
        return page("error/4xx", HttpStatus.BAD_REQUEST);
    }

    /** PostgreSQL unreachable: the French 503 page; any other database error stays a 500. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView databaseFailure(Exception failure, HttpServletResponse response) throws Exception {
        if (!DatabaseOutage.isDatabaseUnreachable(failure)) {
            throw failure;
        }
        return outage.page(failure, response);
    }

    /** Exception handlers get no @ModelAttribute values, so the layout's are added here. */
    ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("site", site);
        page.addObject("currentPath", "");
        page.addObject("navigation", NavigationSource.collect(navigation));
        page.addObject("status", status.value());
        return page;
    }
}
