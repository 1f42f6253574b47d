package org.factdesk.match.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.factdesk.match.MatchService;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request a person (or a client) makes tells the claim-matching encoder to wait a moment: on
 * a small server, encoding the library's vectors ahead (100,000 claims take about eleven minutes of
 * one core) must not slow the searches, pages and saves people are waiting for. Questions still
 * encode what they need themselves.
 */
@Component
class EncodingGivesWay extends OncePerRequestFilter {

    private final MatchService matching;

    EncodingGivesWay(MatchService matching) {
        this.matching = matching;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        matching.nodeInUse();
        chain.doFilter(request, response);
    }
}
