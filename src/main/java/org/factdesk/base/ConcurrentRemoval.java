package org.factdesk.base;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A write that the database refused because what it refers to went away (or came to be referred to)
 * in a request that committed at the same moment: a verdict set while that verdict is deleted from
 * the scale, a claim marked a duplicate of one being deleted. The services check such references
 * first; between the check and the write another request can still commit, and then the database's
 * own constraint is the last word. Nothing of the refused request was written, so it is a conflict
 * (409) to reload and retry, never a server error.
 */
public final class ConcurrentRemoval {

    public static final String MESSAGE = "Something this change refers to was changed or removed by someone else at"
            + " the same moment (for example a verdict deleted from the scale, or a claim deleted); nothing of your"
            + " change was saved. Reload and try again.";

    private ConcurrentRemoval() {
    }

    /** Whether this is the database refusing a write by an integrity constraint (SQL state class 23). */
    public static boolean is(RuntimeException e) {
        if (!(e instanceof DataIntegrityViolationException)) {
            return false;
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
