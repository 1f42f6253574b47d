/**
 * "Already checked?": a library of verified claims (the workspace's own and imported fact-checks)
 * and the matching of a claim's text against it, with Apache Lucene's BM25 for candidates and a
 * re-ranker over overlap features.
 */
@NullMarked
package org.factdesk.match;

import org.jspecify.annotations.NullMarked;
