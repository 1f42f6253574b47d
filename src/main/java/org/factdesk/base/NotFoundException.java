package org.factdesk.base;

/** Something that was asked for by id does not exist (API 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
