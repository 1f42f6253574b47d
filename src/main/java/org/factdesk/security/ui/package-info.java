/** Sign-in, profile and user administration screens. */
@NullMarked
package org.factdesk.security.ui;

import org.jspecify.annotations.NullMarked;
