/**
 * Sources and evidence: a library of sources found once and cited by many claims, and evidence
 * links from claims to sources with a stance, an exact excerpt and a locator. An imported document
 * can itself be a source, cited with a precise anchor into its text.
 */
@NullMarked
package org.factdesk.evidence;

import org.jspecify.annotations.NullMarked;
