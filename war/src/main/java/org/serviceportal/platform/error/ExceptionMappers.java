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
 * Titles and messages are in the request's language ({@code ?lang=}, else {@code Accept-Language},
 * else Dutch): Bean Validation's complaints too, by the constraint ({@code error.constraint.<Name>}).
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

        /** An answer whose title is the status's in {@code language}. */
        static Answer of(int status, Language language, String detail) {
            return new Answer(status, ProblemTexts.title(status, language), detail);
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
                return Answer.of(413, language, CurrentLanguage.message(language, "error.http.413", tl.limit()));
            }
            if (c instanceof NotFoundException nf) {
                return Answer.of(404, language, nf.message(language));
            }
            if (c instanceof StaleVersionException || c instanceof OptimisticLockException) {
                return Answer.of(409, language, CurrentLanguage.message(language, "error.stale"));
            }
            if (c instanceof InvalidInputException ii) {
                return new Answer(400, ProblemTexts.title(400, language), ii.message(language), ii.errors(language), null);
            }
            if (c instanceof ConflictException ce) {
                return Answer.of(409, language, ce.message(language));
            }
            if (c instanceof ConstraintViolationException cve) {
                return validation(cve, language);
            }
            if (c instanceof TooManyRequestsException tm) {
                return Answer.of(429, language, CurrentLanguage.message(language, "error.http.429"));
            }
        }
        return null;
    }

    /** An unexpected failure: logged whole with a reference, answered with the reference alone. */
    static Answer serverError(Throwable e, Language language) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error in the API, reference " + reference, e);
        return new Answer(500, ProblemTexts.title(500, language), CurrentLanguage.message(language, "error.internal", reference),
                null, reference);
    }

    static Answer validation(ConstraintViolationException e, Language language) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(field(v), ConstraintMessages.message(v, language)))
                .sorted(Comparator.comparing(Problems.FieldError::field).thenComparing(Problems.FieldError::message))
                .toList();
        return new Answer(400, ProblemTexts.title(400, language), CurrentLanguage.message(language, "error.invalidFields"),
                errors, null);
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

    /** The language of an API request: {@code ?lang=}, else {@code Accept-Language}, else Dutch. */
    public static Language language(UriInfo uri, HttpHeaders headers) {
        try {
            return Problems.language(uri == null ? null : uri.getQueryParameters().getFirst("lang"),
                    headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (IllegalStateException e) {
            // outside a request (no context to ask): the portal's language
            return Language.DEFAULT;
        }
    }

    /** The answer to a body that is no JSON of the expected shape. */
    private static Response badBody(Language language) {
        return Problems.response(400, language, "error.http.400.body");
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

    /** A body the JSON binding could not read: 400 (or 413 when it was cut off at the limit). */
    abstract static class BodyMapper<T extends Throwable> extends Mapper<T> {
        @Override
        public Response toResponse(T e) {
            Language language = language(uri, headers);
            Answer known = known(e, language);
            if (known != null && known.status() == 413) {
                return response(known, e);
            }
            return badBody(language);
        }
    }

    @Provider
    public static class JsonbMapper extends BodyMapper<JsonbException> {
    }

    @Provider
    public static class ProcessingMapper extends BodyMapper<ProcessingException> {
    }

    @Provider
    public static class WebApplicationMapper extends Mapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Language language = language(uri, headers);
            Answer known = known(e, language);
            if (known != null && known.status() == 413) {
                return response(known, e);
            }
            if (status == 400 && e.getCause() != null) {
                return badBody(language);
            }
            String key = "error.http." + status;
            String detail = switch (status) {
                case 401, 403, 404, 405, 406, 415 -> CurrentLanguage.message(language, key);
                default -> CurrentLanguage.has(language, key) ? CurrentLanguage.message(language, key) : null;
            };
            Response.ResponseBuilder b = Response.fromResponse(
                    Problems.response(status, Problems.problem(status, ProblemTexts.title(status, language), detail).build()));
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
