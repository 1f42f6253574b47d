package org.factdesk.verification;

import org.springframework.security.access.AccessDeniedException;

/** The person who set a verdict cannot also approve it: two people must agree before publishing. */
public class TwoPersonRuleException extends AccessDeniedException {

    public TwoPersonRuleException(String verdictBy) {
        super("Two people must agree before a claim is published: " + verdictBy
                + " set this verdict, so another editor has to approve it");
    }
}
