/**
 * Verification reports and exports: one model of a document's verification, rendered by one
 * exporter per format (HTML, PDF, Markdown, CSV, JSON, ClaimReview, W3C Web Annotation, brat), and
 * imports of Factdesk JSON and W3C annotations.
 */
@NullMarked
package org.factdesk.report;

import org.jspecify.annotations.NullMarked;
