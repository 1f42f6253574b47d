/**
 * Suggestions: which sentences are worth checking, who each statement is attributed to and with
 * which cue, and which quantities it asserts. Pure Java, no network: Apache OpenNLP for sentences
 * and parts of speech, rules for attribution and quantities, a logistic-regression model for
 * check-worthiness.
 */
@NullMarked
package org.factdesk.suggest;

import org.jspecify.annotations.NullMarked;
