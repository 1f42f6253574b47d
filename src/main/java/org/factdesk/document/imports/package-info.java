/**
 * Bringing texts in: pasted text, uploaded .txt, .md and .html files, and web pages fetched by URL.
 * Pure Java apart from the HTTP fetch; every refusal says what is wrong with the input.
 */
@NullMarked
package org.factdesk.document.imports;

import org.jspecify.annotations.NullMarked;
