package org.factdesk.evidence;

import java.net.URI;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.WebAddress;
import org.jspecify.annotations.Nullable;

/**
 * Checks and canonicalises web addresses. Only http and https are accepted (javascript:, data:,
 * file: and the like are refused). The canonical form has a lower-case scheme and host, no default
 * port, no fragment, and no tracking parameters, so the same page cited twice is one source.
 */
public final class WebAddresses {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid",
            "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid",
            "twclid", "ttclid", "li_fat_id", "s_cid", "ncid", "cmpid", "ocid", "spm", "__twitter_impression",
            "ref_src", "ref_url", "ito", "at_medium", "at_campaign");

    private WebAddresses() {
    }

    /** A web address the user typed, checked: http or https with a host. */
    public static String check(String url, String field) {
        var uri = parse(url, field);
        return uri.toString();
    }

    public static @Nullable String checkOptional(@Nullable String url, String field) {
        return url == null || url.isBlank() ? null : check(url, field);
    }

    /** The canonical form of a web address, for recognising the same source. */
    public static String canonical(String url) {
        var uri = parse(url, "url");
        var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        var host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if (scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443) {
            port = -1;
        }
        var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        var kept = new ArrayList<String>();
        if (uri.getRawQuery() != null) {
            for (var parameter : uri.getRawQuery().split("&")) {
                if (parameter.isEmpty()) {
                    continue;
                }
                var name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (name.startsWith("utm_") || TRACKING.contains(name)) {
                    continue;
                }
                kept.add(parameter);
            }
        }
        var sb = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) {
            sb.append(':').append(port);
        }
        sb.append(path);
        if (!kept.isEmpty()) {
            sb.append('?').append(String.join("&", kept));
        }
        return sb.toString();
    }

    private static URI parse(String url, String field) {
        try {
            return WebAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
