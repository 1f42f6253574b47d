package org.factdesk.api;

import java.net.URI;
import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.ConflictException;
import org.factdesk.base.DuplicateException;
import org.factdesk.base.StaleVersionException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.factdesk.claim.ClaimStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of an API call into RFC 9457 problem details that say what to fix. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), e.field());
    }

    @ExceptionHandler(org.factdesk.base.TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(org.factdesk.base.TooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), e.field());
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        var response = problem(HttpStatus.PRECONDITION_FAILED, e.getMessage(), null);
        response.getBody().setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(ETags.of(e.currentVersion()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(response.getBody());
    }

    /**
     * Two writers passed the version check at the same moment and the database caught the second at
     * commit: nothing of it was written. A conditional request hears 412, as for any stale version;
     * an unconditional one hears 409.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e, HttpServletRequest request) {
        var what = e instanceof ObjectOptimisticLockingFailureException o && o.getPersistentClassName() != null
                ? o.getPersistentClassName().replaceAll(".*\\.", "").toLowerCase(java.util.Locale.ROOT) : "item";
        var status = request.getHeader("If-Match") != null ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        return problem(status, "The " + what + " was changed by someone else at the same moment; nothing of your"
                + " change was written. Reload it and apply your change again.", null);
    }

    /** Too many of these at once (URL imports): try again shortly. */
    @ExceptionHandler(org.factdesk.base.BusyException.class)
    ResponseEntity<ProblemDetail> busy(org.factdesk.base.BusyException e) {
        var response = problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", Integer.toString(e.retryAfterSeconds())).body(response.getBody());
    }

    /** The item is in a state that refuses the request (a published claim: reopen it first). */
    /** An import of what the desk already has: 409 naming it, and how to import anyway. */
    @ExceptionHandler(DuplicateException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateException e) {
        var response = problem(HttpStatus.CONFLICT, e.getMessage(), e.field());
        var body = response.getBody();
        if (body != null) {
            body.setProperty("kind", e.kind());
            body.setProperty("existing", e.existing());
            body.setProperty("importAnyway", "send the same request with duplicate=copy"
                    + ("claim".equals(e.kind()) ? ", or duplicate=skip to leave these out" : ""));
        }
        return response;
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), e.field());
    }

    /**
     * Another request held the claim for longer than the database waits (or the database chose this
     * one to break a deadlock): nothing of it was written, and sending it again will do.
     */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> busy(PessimisticLockingFailureException e) {
        log.info("A write waited too long for a lock: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "Someone else was saving a change to the same item; nothing of yours was"
                + " written. Send it again.", null);
    }

    /**
     * The database refused a write by a constraint: a reference checked a moment before went away in a
     * request that committed meanwhile (see {@link org.factdesk.base.ConcurrentRemoval}). Anything
     * else of that family (a value the services should have refused) stays a logged server error.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(org.springframework.dao.DataIntegrityViolationException e) {
        if (org.factdesk.base.ConcurrentRemoval.is(e)) {
            log.info("A write lost a race with another request: {}", e.getMostSpecificCause().getMessage());
            return problem(HttpStatus.CONFLICT, org.factdesk.base.ConcurrentRemoval.MESSAGE, null);
        }
        return unexpected(e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        // Rules that name a person (two-person approval) explain themselves; plain role checks do not.
        var message = e.getMessage();
        boolean explained = message != null && !message.equals("Access Denied") && !message.startsWith("Access Denied");
        return problem(HttpStatus.FORBIDDEN, explained ? message : "Your role does not allow this", null);
    }

    @ExceptionHandler(ClaimStatus.IllegalTransitionException.class)
    ResponseEntity<ProblemDetail> illegalTransition(ClaimStatus.IllegalTransitionException e) {
        var response = problem(HttpStatus.CONFLICT, e.getMessage(), "to");
        response.getBody().setProperty("from", e.from().name());
        response.getBody().setProperty("allowed", e.allowed().stream().map(Enum::name).sorted().toList());
        return response;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        // A body cut off at its cap while it streamed in (RequestSizeLimitFilter): too large, not malformed.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.factdesk.security.web.RequestSizeLimitFilter.BodyTooLargeException tooLarge) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), null);
            }
        }
        // Unknown fields are refused by configuration (spring.jackson.deserialization.fail-on-unknown-properties):
        // a misspelt field never goes silently unapplied. The answer names it and the fields there are.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
                var known = unknown.getKnownPropertyIds() == null ? List.<String>of()
                        : unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
                return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown field '" + unknown.getPropertyName() + "'"
                        + (known.isEmpty() ? "" : "; use " + known), fieldPath(unknown.getPath()));
            }
        }
        // A field of the wrong type (a word where a number goes): 422 naming the field and what goes there.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.databind.exc.MismatchedInputException mismatch) {
                var path = mismatch.getPath();
                var named = path.reversed().stream().filter(r -> r.getPropertyName() != null).findFirst();
                if (named.isPresent()) {
                    var field = named.get().getPropertyName();
                    // The value is inside a list when the path ends at an index ("tags": [1, 2]).
                    var inList = path.getLast().getPropertyName() == null;
                    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "'" + field + "' " + (inList ? "holds items that are each "
                            : "is ") + kind(mismatch.getTargetType()), fieldPath(path));
                }
            }
        }
        return problem(HttpStatus.BAD_REQUEST, unreadableBody(e), null);
    }

    /** Why a body could not be read, in the API's words: never a Java class or a parser's setting. */
    private static String unreadableBody(HttpMessageNotReadableException e) {
        var message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Required request body is missing")) {
            return "This request needs a JSON body";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.exc.StreamConstraintsException) {
                return "The request body is not valid JSON for Factdesk: it nests too deeply or holds a value too long"
                        + " (numbers of at most 1,000 digits, texts within the request size limit)";
            }
            if (t instanceof tools.jackson.core.exc.StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate")) {
                // Refused by configuration (StreamReadFeature.STRICT_DUPLICATE_DETECTION, base.config.JsonConfig).
                return "The request body names a field twice (" + read.getOriginalMessage().strip()
                        + "); send each field once";
            }
        }
        return "The request body is not valid JSON: " + rootMessage(e);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "The parameter '" + e.getName() + "' has a value of the wrong type",
                e.getName());
    }

    /**
     * The servlet container could not read the query's parameters: percent-encoded bytes that are no
     * UTF-8 ({@code ?q=%FF}, the overlong {@code %C0%AF}), or too many parameters. Refused as bad input,
     * whichever parameter it was (issue 37: these answered 500).
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(org.apache.tomcat.util.http.InvalidParameterException e) {
        var status = e.getErrorCode() == 413 ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return problem(status, status == HttpStatus.BAD_REQUEST
                ? "A query parameter could not be read: percent-encoded characters must be UTF-8 (é is %C3%A9)"
                : "The request has too many parameters", null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "The parameter '" + e.getParameterName() + "' is required",
                e.getParameterName());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "The upload is too large: at most 10 MB are accepted", "file");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "The upload could not be read: " + rootMessage(e), "file");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send application/json" + (e.getSupportedMediaTypes().size() > 1 ? " or multipart/form-data" : ""),
                null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "This resource does not answer " + e.getMethod(), null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "There is no such API resource", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("API call failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; nothing was changed by this request. The error is in the server log.",
                null);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String field) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Where in the body, by field names: "attribution.sourceSpan.start" (list positions left out). */
    private static String fieldPath(List<tools.jackson.core.JacksonException.Reference> path) {
        return String.join(".", path.stream().map(r -> r.getPropertyName()).filter(java.util.Objects::nonNull).toList());
    }

    /** What a JSON value of this Java type is, in the API's words. */
    private static String kind(@org.jspecify.annotations.Nullable Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date such as 2021-04-13";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String rootMessage(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        // Parser messages can quote the input back; keep the first line and keep it short.
        var firstLine = message.lines().findFirst().orElse(message);
        // A message that names the server's own classes or settings says nothing a client can act on.
        if (firstLine.matches("(?s).*(`|org\\.factdesk|java\\.|tools\\.jackson|StreamReadConstraints|\\$).*")) {
            return "it is not of the shape this resource takes (see the API reference in the README)";
        }
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }
}
