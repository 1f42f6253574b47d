package org.factdesk.report;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reading W3C Web Annotations and Hypothesis search results: the annotations a file holds (one, a
 * list, an AnnotationCollection with its pages, Hypothesis's rows), each one's selectors, and the
 * claim text and tags its body gives.
 */
final class WebAnnotations {

    private WebAnnotations() {
    }

    record Body(@Nullable String text, List<String> tags) {
    }

    /** The claim text and tags from an annotation body (or Hypothesis's text and tags). */
    static Body body(JsonNode annotation) {
        String text = null;
        var tags = new ArrayList<String>();
        if (annotation.path("text").isString() && !annotation.path("text").asString().isBlank()) {
            text = annotation.path("text").asString();
        }
        annotation.path("tags").forEach(t -> tags.add(t.asString()));
        var bodies = annotation.path("body");
        var list = bodies.isArray() ? bodies : List.of(bodies);
        for (var b : list) {
            if (b == null || b.isMissingNode() || b.isNull()) {
                continue;
            }
            var value = b.isString() ? b.asString() : b.path("value").asString("");
            var purpose = b.path("purpose").asString("");
            if (value.isBlank()) {
                continue;
            }
            if (purpose.equals("tagging")) {
                tags.add(value);
            } else if (purpose.equals("describing") || purpose.equals("commenting") || purpose.isEmpty()) {
                if (text == null) {
                    text = value;
                }
            }
        }
        return new Body(text, tags.stream().distinct().limit(30).toList());
    }

    static List<JsonNode> selectors(JsonNode annotation) {
        var result = new ArrayList<JsonNode>();
        var targets = annotation.path("target");
        var list = targets.isArray() ? targets : List.of(targets);
        for (var target : list) {
            if (target == null || target.isMissingNode()) {
                continue;
            }
            var selector = target.path("selector");
            if (selector.isArray()) {
                selector.forEach(result::add);
            } else if (selector.isObject()) {
                result.add(selector);
                if (selector.has("refinedBy")) {
                    result.add(selector.get("refinedBy"));
                }
            }
        }
        return result;
    }

    static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, into));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        var type = node.path("type").asString("");
        if (node.has("rows")) {
            collect(node.get("rows"), into);
        } else if (type.equals("AnnotationCollection")) {
            collect(node.path("first"), into);
        } else if (type.equals("AnnotationPage")) {
            collect(node.path("items"), into);
            if (node.path("next").isObject()) {
                collect(node.path("next"), into);
            }
        } else if (node.has("target")) {
            into.add(node);
        }
    }
}
