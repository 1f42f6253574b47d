package org.factdesk.report;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes the fact checks, for reports and ClaimReview ({@code factdesk.publishing.*}).
 *
 * @param organizationName the newsroom's name, the author of ClaimReviews
 * @param organizationUrl the newsroom's home page
 * @param factCheckBaseUrl where published fact checks live; a claim's is this plus "/" and its id
 * @param appBaseUrl where this Factdesk is reached, for links to documents and claims
 */
@ConfigurationProperties("factdesk.publishing")
public record PublishingProperties(@DefaultValue("Factdesk newsroom") String organizationName,
        @Nullable String organizationUrl, @DefaultValue("http://localhost:8080/fact-checks") String factCheckBaseUrl,
        @DefaultValue("http://localhost:8080") String appBaseUrl) {
}
