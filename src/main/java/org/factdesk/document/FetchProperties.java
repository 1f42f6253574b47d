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
 * @param timeout how long to wait for a server to connect or answer
 * @param deadline the longest one fetch may take in all, redirects and reading included
 * @param concurrent how many fetches may run at once; more wait a moment, then are told to retry (503)
 */
@ConfigurationProperties("factdesk.fetch")
public record FetchProperties(@DefaultValue Set<String> allowedHosts, @DefaultValue("15s") Duration timeout,
        @DefaultValue("30s") Duration deadline, @DefaultValue("8") int concurrent) {
}
