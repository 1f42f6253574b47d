package org.factdesk.base.config;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This Factdesk process among the others that may share its database: a fresh id at every start,
 * written with each audit entry so that each process knows which changes came from elsewhere.
 */
@Component
public class NodeIdentity {

    private final String id = UUID.randomUUID().toString();

    public String id() {
        return id;
    }
}
