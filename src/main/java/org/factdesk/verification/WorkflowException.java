package org.factdesk.verification;

import org.factdesk.base.InvalidInputException;

/** A workflow step whose conditions are not met (a verdict, a rationale, evidence, a note): API 422. */
public class WorkflowException extends InvalidInputException {

    public WorkflowException(String field, String message) {
        super(field, message);
    }
}
