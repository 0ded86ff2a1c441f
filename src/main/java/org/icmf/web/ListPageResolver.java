package org.icmf.web;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.data.web.config.PageableHandlerMethodArgumentResolverCustomizer;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The {@link Pageable} of a list, read from {@code ?page=N} alone and counted as {@code spring.data.web.pageable.*}
 * says (from 1). Its size and order are the list's own ({@link PageableDefault}, or an {@code icmf.*} size its
 * service applies): Spring Data's resolver also reads {@code size} and {@code sort}, which would let an address load
 * thousands of rows or sort by any column. A page number that is not a number is a bad request (the French 400
 * page); one before the first does not exist (404), nor one whose rows would start past what a database offset
 * reaches at {@code max-page-size}.
 */
final class ListPageResolver extends PageableHandlerMethodArgumentResolver {

    ListPageResolver(PageableHandlerMethodArgumentResolverCustomizer bootProperties) {
        bootProperties.customize(this);
    }

    @Override
    public Pageable resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        String name = getParameterNameToUse(getPageParameterName(), parameter);
        String page = request.getParameter(name);
        if (page == null || page.isBlank()) {
            return getPageable(parameter, null, null);
        }
        int number;
        try {
            number = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new MethodArgumentTypeMismatchException(page, int.class, name, parameter, e);
        }
        int first = isOneIndexedParameters() ? 1 : 0;
        if (number < first || (long) (number - first + 1) * getMaxPageSize() > Integer.MAX_VALUE) {
            throw new NotFoundException("page " + number);
        }
        return getPageable(parameter, Integer.toString(number), null);
    }
}
