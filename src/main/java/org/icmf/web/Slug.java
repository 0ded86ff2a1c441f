package org.icmf.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A typed address (slug), blank or made of lower-case letters without accents, digits and single hyphens, at most
 * {@link Slugs#MAX_LENGTH} characters; each rule broken has its French message next to the field.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Size(max = Slugs.MAX_LENGTH, message = "{slug.size}")
@Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*", message = "{slug.pattern}")
public @interface Slug {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
