package org.icmf.events.admin;

import java.time.LocalDateTime;
import java.util.Optional;
import org.icmf.events.EventForm;
import org.springframework.validation.BindingResult;

/** Checks of an event's form beyond its annotations: dates that exist and come in the right order. */
final class EventFormChecks {

    private EventFormChecks() {}

    static void check(EventForm form, BindingResult errors) {
        Optional<LocalDateTime> start = real(form.startsAt(), "startsAt", errors);
        Optional<LocalDateTime> end = real(form.endsAt(), "endsAt", errors);
        Optional<LocalDateTime> deadline = real(form.registrationDeadline(), "registrationDeadline", errors);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            errors.rejectValue("endsAt", "event.endsAt.beforeStart");
        }
        if (start.isPresent() && deadline.isPresent() && deadline.get().isAfter(start.get())) {
            errors.rejectValue("registrationDeadline", "event.deadline.afterStart");
        }
    }

    private static Optional<LocalDateTime> real(String value, String field, BindingResult errors) {
        if (errors.hasFieldErrors(field) || value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDateTime> time = EventForm.time(value);
        if (time.isEmpty()) {
            errors.rejectValue(field, "event.dateTime.invalid");
        }
        return time;
    }
}
