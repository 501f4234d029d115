package org.serviceportal.platform.error;

import java.util.List;

/** Input that passed Bean Validation but breaks a rule of the domain (e.g. a code already taken). */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problems.FieldError> errors;

    public InvalidInputException(String field, String message) {
        super(message);
        this.errors = List.of(new Problems.FieldError(field, message));
    }

    public List<Problems.FieldError> errors() {
        return errors;
    }
}
