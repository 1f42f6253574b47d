package org.factdesk.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.claim.ClaimView;

/**
 * A claim as the API answers it: its anchor (start, end, exact, prefix, suffix), text, tags and
 * status; the attribution, verdict and evidence of other features are added as further fields.
 */
final class ClaimJson {

    private ClaimJson() {
    }

    static Map<String, Object> of(ClaimView c) {
        var a = c.anchor();
        var json = new LinkedHashMap<String, Object>();
        json.put("id", c.id());
        json.put("documentId", c.documentId());
        json.put("start", a.start());
        json.put("end", a.end());
        json.put("exact", a.exact());
        json.put("prefix", a.prefix());
        json.put("suffix", a.suffix());
        json.put("anchorState", c.anchorState().name());
        if (c.originalExact() != null) {
            json.put("originalExact", c.originalExact());
        }
        json.put("revision", c.anchoredRevision());
        json.put("claimText", c.claimText());
        json.put("tags", c.tags());
        json.put("status", c.status().name());
        json.put("createdAt", c.createdAt());
        json.put("createdBy", c.createdBy());
        json.put("updatedAt", c.updatedAt());
        json.put("updatedBy", c.updatedBy());
        json.put("version", c.version());
        if (c.duplicateOf() != null) {
            json.put("duplicateOf", c.duplicateOf());
        }
        return json;
    }
}
