package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.PublishedFixture.EDITOR;
import static org.factdesk.api.PublishedFixture.EDITOR2;
import static org.factdesk.api.PublishedFixture.REVIEWER;
import static org.factdesk.api.PublishedFixture.body;
import static org.factdesk.api.PublishedFixture.call;
import static org.factdesk.api.PublishedFixture.id;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.factdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A claim's history through the API after a desk's whole round (attribution, evidence, verdict,
 * approval, a claimant merged, a correction, a rejection): every entry is typed, with its parts,
 * and says in words what happened, the same words as the claim panel.
 */
@IntegrationTest
class HistoryApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void every_entry_of_a_worked_claim_is_typed_and_worded() throws Exception {
        var published = PublishedFixture.publish(mvc, "History round", "Oleksii History");
        long claim = published.claim();
        var duplicate = id(call(mvc, REVIEWER, post("/api/v1/claimants"), "{\"name\":\"O. History\",\"kind\":\"PERSON\"}")
                .andReturn().getResponse().getContentAsString());
        call(mvc, REVIEWER, post("/api/v1/claimants/" + published.claimant() + "/merge"), "{\"into\":" + duplicate + "}")
                .andExpect(status().isOk());
        call(mvc, EDITOR, post("/api/v1/claims/" + claim + "/transitions"),
                "{\"to\":\"IN_RESEARCH\",\"note\":\"The figure was for 2024\"}").andExpect(status().isOk());
        call(mvc, EDITOR, patch("/api/v1/claims/" + claim), "{\"verdict\":\"FALSE\"}").andExpect(status().isOk());
        call(mvc, EDITOR, post("/api/v1/claims/" + claim + "/transitions"), "{\"to\":\"IN_REVIEW\"}").andExpect(status().isOk());
        call(mvc, EDITOR2, post("/api/v1/claims/" + claim + "/transitions"),
                "{\"to\":\"IN_RESEARCH\",\"note\":\"One source is not enough\"}").andExpect(status().isOk());

        var history = body(mvc, REVIEWER, get("/api/v1/claims/" + claim + "/history"));
        List<Map<String, Object>> entries = JsonPath.read(history, "$[*]");
        assertThat(entries).extracting(e -> e.get("type")).doesNotContain("Untyped").contains("Created",
                "ClaimantSet", "AttributionEdited", "StatusMoved", "VerdictSet", "EvidenceLinked", "Approved",
                "ClaimantsMerged", "Reopened", "CorrectionNoted", "Rejected");
        assertThat(entries).allSatisfy(e -> {
            assertThat((String) e.get("what")).doesNotContain("(").doesNotContain("_");
            assertThat(e).containsKey("details").doesNotContainKey("event");
        });
        assertThat(entries).extracting(e -> e.get("what") + " | " + e.get("change")).contains(
                "sent it back to research | One source is not enough",
                "noted the correction | The figure was for 2024",
                "reopened it for a correction | the approval by editor2 was withdrawn",
                "merged the claimant into the same person's other entry | Oleksii History \u2192 O. History",
                "set the verdict | Mostly false \u2192 False",
                "changed who it is attributed to | Oleksii History");
        List<Object> merged = JsonPath.read(history, "$[?(@.type == 'ClaimantsMerged')].details.into.id");
        assertThat(merged).containsExactly((int) duplicate);
    }
}
