package org.serviceportal.platform.error;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.serviceportal.platform.web.BodyTooLargeException;
import org.serviceportal.platform.web.TooManyRequestsException;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that leaves a resource into RFC 9457 problem details. */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {
    }

    /** Walks the cause chain for the exceptions that services throw inside transactions. */
    static Response known(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BodyTooLargeException tl) {
                return Response.fromResponse(Problems.response(413, "Content Too Large", tl.getMessage()))
                        .header("Connection", "close").build();
            }
            if (c instanceof NotFoundException nf) {
                return Problems.response(404, "Not Found", nf.getMessage());
            }
            if (c instanceof StaleVersionException || c instanceof OptimisticLockException) {
                return Problems.response(409, "Conflict",
                        "The resource was changed by someone else in the meantime; reload it and try again.");
            }
            if (c instanceof InvalidInputException ii) {
                return Problems.validation(ii.getMessage(), ii.errors());
            }
            if (c instanceof ConflictException ce) {
                return Problems.response(409, "Conflict", ce.getMessage());
            }
            if (c instanceof ConstraintViolationException cve) {
                return validation(cve);
            }
            if (c instanceof IllegalArgumentException iae) {
                return Problems.response(400, "Bad Request", ownMessage(iae));
            }
            if (c instanceof ArithmeticException || c instanceof java.time.DateTimeException) {
                return Problems.response(400, "Bad Request", OUT_OF_RANGE);
            }
            if (c instanceof TooManyRequestsException tm) {
                return Response.fromResponse(Problems.response(429, "Too Many Requests", tm.getMessage()))
                        .header("Retry-After", Math.max(1, tm.retryAfter().toSeconds())).build();
            }
        }
        return null;
    }

    static final String OUT_OF_RANGE = "A number or date in the request is out of range.";

    /**
     * The message of an IllegalArgumentException when the portal wrote it; a library's (it wraps
     * another exception, or names an exception class) says only that a value is out of range, so
     * that no internals leak into an answer.
     */
    static String ownMessage(IllegalArgumentException e) {
        String m = e.getMessage();
        if (e.getCause() != null || m == null || m.isBlank() || m.matches("(?s).*\\b[a-z]+(\\.[a-z]\\w*)+\\.[A-Z]\\w*.*")) {
            return OUT_OF_RANGE;
        }
        return m;
    }

    static Response validation(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new Problems.FieldError(field(v), v.getMessage()))
                .toList();
        return Problems.validation("The request has invalid fields.", errors);
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

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return validation(e);
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problems.response(404, "Not Found", e.getMessage());
        }
    }

    @Provider
    public static class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {
        @Override
        public Response toResponse(StaleVersionException e) {
            return known(e);
        }
    }

    @Provider
    public static class ConflictMapper implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return known(e);
        }
    }

    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problems.validation(e.getMessage(), e.errors());
        }
    }

    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            Response known = known(e);
            if (known != null && known.getStatus() == 413) {
                return known;
            }
            return Problems.response(400, "Bad Request", "The request body is not valid JSON of the expected shape.");
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            Response known = known(e);
            if (known != null && known.getStatus() == 413) {
                return known;
            }
            return Problems.response(400, "Bad Request", "The request body is not valid JSON of the expected shape.");
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response known = known(e);
            if (known != null && known.getStatus() == 413) {
                return known;
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
    public static class WrappedMapper implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            return orServerError(e);
        }
    }

    @Provider
    public static class RollbackMapper implements ExceptionMapper<RollbackException> {
        @Override
        public Response toResponse(RollbackException e) {
            return orServerError(e);
        }
    }

    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return known(e);
        }
    }

    @Provider
    public static class TooManyRequestsMapper implements ExceptionMapper<TooManyRequestsException> {
        @Override
        public Response toResponse(TooManyRequestsException e) {
            return known(e);
        }
    }

    @Provider
    public static class IllegalArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problems.response(400, "Bad Request", ownMessage(e));
        }
    }

    @Provider
    public static class FallbackMapper implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            return orServerError(e);
        }
    }

    static Response orServerError(Throwable e) {
        Response known = known(e);
        if (known != null) {
            return known;
        }
        LOG.log(Level.SEVERE, "Unexpected error in the API", e);
        return Problems.response(500, "Internal Server Error", "Something went wrong on our side; it has been logged.");
    }
}
