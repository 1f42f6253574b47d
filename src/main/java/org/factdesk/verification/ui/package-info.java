/** The verdict section of the claim panel, My work, the dashboard and the verdict scale settings. */
@NullMarked
package org.factdesk.verification.ui;

import org.jspecify.annotations.NullMarked;
