/** Who may sign in and what each role may do: users, roles, API tokens, sign-in. */
@NullMarked
package org.factdesk.security;

import org.jspecify.annotations.NullMarked;
