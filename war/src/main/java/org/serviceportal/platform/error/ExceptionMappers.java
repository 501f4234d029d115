package org.serviceportal.platform.error;

import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.web.BodyTooLargeException;
import org.serviceportal.platform.web.TooManyRequestsException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that leaves a resource into RFC 9457 problem details. Only what the portal
 * means as an answer becomes one: a domain error ({@link InvalidInputException}) or Bean Validation
 * 400, not found 404, a stale version or a conflict 409, too many requests 429, a body too large 413.
 * Anything else (an {@code IllegalArgumentException} of a library, a bug) is a 500 whose detail
 * gives only a reference that the log carries with the whole exception: never its raw message.
 * Messages are in the request's language ({@code ?lang=}, else {@code Accept-Language}, else English).
 */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {
    }

    /** What an exception answers, before it becomes a response (so that it can be tested alone). */
    record Answer(int status, String title, String detail, List<Problems.FieldError> errors, String reference) {

        Answer(int status, String title, String detail) {
            this(status, title, detail, null, null);
        }
    }

    /** The answer to an exception: a known one, or a 500 with a logged reference. */
    static Answer answer(Throwable t, Language language) {
        Answer known = known(t, language);
        return known != null ? known : serverError(t, language);
    }

    /** Walks the cause chain for the exceptions that services throw inside transactions. */
    static Answer known(Throwable t, Language language) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BodyTooLargeException tl) {
                return new Answer(413, "Content Too Large", tl.getMessage());
            }
            if (c instanceof NotFoundException nf) {
                return new Answer(404, "Not Found", nf.getMessage());
            }
            if (c instanceof StaleVersionException || c instanceof OptimisticLockException) {
                return new Answer(409, "Conflict", CurrentLanguage.message(language, "error.stale"));
            }
            if (c instanceof InvalidInputException ii) {
                return new Answer(400, "Bad Request", ii.message(language), ii.errors(language), null);
            }
            if (c instanceof ConflictException ce) {
                return new Answer(409, "Conflict", ce.message(language));
            }
            if (c instanceof ConstraintViolationException cve) {
                return validation(cve, language);
            }
            if (c instanceof TooManyRequestsException tm) {
                return new Answer(429, "Too Many Requests", tm.getMessage());
            }
        }
        return null;
    }

    /** An unexpected failure: logged whole with a reference, answered with the reference alone. */
    static Answer serverError(Throwable e, Language language) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error in the API, reference " + reference, e);
        return new Answer(500, "Internal Server Error", CurrentLanguage.message(language, "error.internal", reference),
                null, reference);
    }

    static Answer validation(ConstraintViolationException e, Language language) {
        var errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new Problems.FieldError(field(v), v.getMessage()))
                .toList();
        return new Answer(400, "Bad Request", CurrentLanguage.message(language, "error.invalidFields"), errors, null);
    }

    /** The response of an answer; {@code cause} adds the headers its kind needs (Retry-After, Connection). */
    static Response response(Answer a, Throwable cause) {
        JsonObjectBuilder body = Problems.problem(a.status(), a.title(), a.detail());
        if (a.errors() != null) {
            var array = Json.createArrayBuilder();
            a.errors().forEach(fe -> array.add(Json.createObjectBuilder().add("field", fe.field()).add("message", fe.message())));
            body.add("errors", array);
        }
        if (a.reference() != null) {
            body.add("reference", a.reference());
        }
        Response.ResponseBuilder b = Response.fromResponse(Problems.response(a.status(), body.build()));
        if (a.status() == 413) {
            b.header("Connection", "close");
        }
        if (a.status() == 429) {
            for (Throwable c = cause; c != null; c = c.getCause()) {
                if (c instanceof TooManyRequestsException tm) {
                    b.header("Retry-After", Math.max(1, tm.retryAfter().toSeconds()));
                    break;
                }
            }
        }
        return b.build();
    }

    /** The JSON field a violation is about: the path without the method and parameter names. */
    private static String field(ConstraintViolation<?> v) {
        String last = null;
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> sb.setLength(0);
                case PARAMETER -> {
                    sb.setLength(0);
                    last = node.getName();
                }
                default -> {
                    if (!sb.isEmpty()) {
                        sb.append('.');
                    }
                    sb.append(node.getName());
                }
            }
        }
        return sb.isEmpty() ? (last == null ? "" : last) : sb.toString();
    }

    /** The language of an API request: {@code ?lang=}, else {@code Accept-Language}, else English. */
    static Language language(UriInfo uri, HttpHeaders headers) {
        try {
            if (uri != null) {
                var chosen = Language.fromCode(uri.getQueryParameters().getFirst("lang"));
                if (chosen.isPresent()) {
                    return chosen.get();
                }
            }
            if (headers != null) {
                return Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).orElse(Language.EN);
            }
        } catch (IllegalStateException e) {
            // outside a request (no context to ask): the API's language
        }
        return Language.EN;
    }

    /** A mapper that answers in the request's language. */
    abstract static class Mapper<T extends Throwable> implements ExceptionMapper<T> {

        @Context
        UriInfo uri;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(T e) {
            return response(answer(e, language(uri, headers)), e);
        }
    }

    @Provider
    public static class ConstraintViolationMapper extends Mapper<ConstraintViolationException> {
    }

    @Provider
    public static class NotFoundMapper extends Mapper<NotFoundException> {
    }

    @Provider
    public static class StaleVersionMapper extends Mapper<StaleVersionException> {
    }

    @Provider
    public static class ConflictMapper extends Mapper<ConflictException> {
    }

    @Provider
    public static class InvalidInputMapper extends Mapper<InvalidInputException> {
    }

    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            Answer known = known(e, Language.EN);
            if (known != null && known.status() == 413) {
                return response(known, e);
            }
            return Problems.response(400, "Bad Request", "The request body is not valid JSON of the expected shape.");
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            Answer known = known(e, Language.EN);
            if (known != null && known.status() == 413) {
                return response(known, e);
            }
            return Problems.response(400, "Bad Request", "The request body is not valid JSON of the expected shape.");
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Answer known = known(e, Language.EN);
            if (known != null && known.status() == 413) {
                return response(known, e);
            }
            if (status == 400 && e.getCause() != null) {
                return Problems.response(400, "Bad Request", "The request body is not valid JSON of the expected shape.");
            }
            var reason = Response.Status.fromStatusCode(status);
            String title = reason == null ? "Error" : reason.getReasonPhrase();
            String detail = switch (status) {
                case 401 -> "The credentials are missing, wrong or expired.";
                case 403 -> "Your role does not allow this.";
                case 404 -> "There is nothing at this address.";
                case 405 -> "This method is not allowed here.";
                case 406 -> "The requested media type is not available.";
                case 415 -> "Send the body as application/json.";
                default -> e.getMessage();
            };
            Response.ResponseBuilder b = Response.fromResponse(Problems.response(status, title, detail));
            e.getResponse().getHeaders().forEach((k, v) -> {
                if (!k.equalsIgnoreCase("Content-Type")) {
                    v.forEach(value -> b.header(k, value));
                }
            });
            return b.build();
        }
    }

    /** Exceptions that services throw wrapped by the transaction or the EJB container. */
    @Provider
    public static class WrappedMapper extends Mapper<EJBException> {
    }

    @Provider
    public static class RollbackMapper extends Mapper<RollbackException> {
    }

    @Provider
    public static class OptimisticLockMapper extends Mapper<OptimisticLockException> {
    }

    @Provider
    public static class TooManyRequestsMapper extends Mapper<TooManyRequestsException> {
    }

    /** Everything else, an {@code IllegalArgumentException} included: a 500 with a reference (or what it wraps). */
    @Provider
    public static class FallbackMapper extends Mapper<Exception> {
    }
}
