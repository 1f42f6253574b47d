/**
 * Anchoring claims to text, in pure Java: offsets count Unicode code points in the canonical text
 * (as W3C Web Annotation's TextPositionSelector does), and every anchor carries its exact quote
 * and context so that it can be found again after the text changes.
 */
@NullMarked
package org.factdesk.anchoring;

import org.jspecify.annotations.NullMarked;
