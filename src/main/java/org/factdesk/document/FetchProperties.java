package org.factdesk.document;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Factdesk fetches pages for URL import ({@code factdesk.fetch.*}).
 *
 * @param allowedHosts hosts an admin allows even though they resolve to private or local addresses
 *     (an intranet wiki, say); empty by default
 * @param timeout how long to wait for a server
 */
@ConfigurationProperties("factdesk.fetch")
public record FetchProperties(@DefaultValue Set<String> allowedHosts, @DefaultValue("15s") Duration timeout) {
}
