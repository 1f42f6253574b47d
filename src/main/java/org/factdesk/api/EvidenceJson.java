package org.factdesk.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.evidence.SourceView;

/** Sources as JSON. */
final class EvidenceJson {

    private EvidenceJson() {
    }

    static Map<String, Object> source(SourceView s) {
        var f = s.fields();
        var json = new LinkedHashMap<String, Object>();
        json.put("id", s.id());
        json.put("url", f.url());
        json.put("canonicalUrl", s.canonicalUrl());
        json.put("documentId", f.documentId());
        json.put("title", f.title());
        json.put("publisher", f.publisher());
        json.put("author", f.author());
        json.put("publishedOn", f.publishedOn());
        json.put("accessedOn", f.accessedOn());
        json.put("kind", f.kind().name());
        json.put("archiveUrl", f.archiveUrl());
        json.put("reliability", f.reliability());
        json.put("reliabilityNote", f.reliabilityNote());
        json.put("notes", f.notes());
        json.put("citations", s.citations());
        json.put("createdAt", s.createdAt());
        json.put("createdBy", s.createdBy());
        json.put("updatedAt", s.updatedAt());
        json.put("version", s.version());
        return json;
    }
}
