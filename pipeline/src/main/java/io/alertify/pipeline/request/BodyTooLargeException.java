package io.alertify.pipeline.request;

/** A request body over its limit: answered 413, and only read as far as the limit. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long limitBytes) {
        super("the body is larger than " + limitBytes + " bytes (alertify.pipeline.limits.max-body); send fewer "
                + "samples per request");
    }
}
