/** How requests are authenticated: the API's Basic and token sign-in, the UI's sign-in form. */
@NullMarked
package org.factdesk.security.web;

import org.jspecify.annotations.NullMarked;
