/**
 * Attribution: who a claim is attributed to (claimants with aliases and dated roles), in what words
 * (stated role, cue, form), and whether that attribution is right (the attribution check).
 */
@NullMarked
package org.factdesk.attribution;

import org.jspecify.annotations.NullMarked;
