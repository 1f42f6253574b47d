package org.factdesk.verification;

import org.springframework.security.access.AccessDeniedException;

/** Nobody who changed a verdict or its rationale may also approve it: two people must agree before publishing. */
public class TwoPersonRuleException extends AccessDeniedException {

    public TwoPersonRuleException(String approver) {
        super("Two people must agree before a claim is published: " + approver
                + " set this verdict or changed it or its rationale, so another editor has to approve it");
    }
}
