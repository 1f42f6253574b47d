package org.factdesk.match;

import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code match_vector} table: the sentence vector of each library entry's claim, kept so that a
 * restart or another node reads it back instead of encoding it again.
 */
final class MatchVectorTable {

    private final JdbcClient jdbc;

    MatchVectorTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kept vector of the current model (those of an older text are encoded again when needed). */
    List<MatchVectors.Encoded> load() {
        return jdbc.sql("select entry_key, text_hash, vector from match_vector where model = ?")
                .param(MatchVectors.MODEL)
                .query((rs, n) -> MatchVectors.Encoded.of(rs.getString(1), rs.getLong(2), rs.getBytes(3))).list();
    }

    /** Keeps vectors, one row per entry; a row another node wrote at the same moment wins. */
    void keep(List<MatchVectors.Encoded> fresh) {
        for (var vector : fresh) {
            try {
                int updated = jdbc.sql("update match_vector set model = ?, text_hash = ?, vector = ? where entry_key = ?")
                        .params(MatchVectors.MODEL, vector.textHash(), vector.bytes(), vector.key()).update();
                if (updated == 0) {
                    jdbc.sql("insert into match_vector (entry_key, model, text_hash, vector) values (?, ?, ?, ?)")
                            .params(vector.key(), MatchVectors.MODEL, vector.textHash(), vector.bytes()).update();
                }
            } catch (DataIntegrityViolationException e) {
                // Another node kept the same entry's vector at the same moment: theirs is as good.
            }
        }
    }

    /** Forgets the vectors of entries that left the library. */
    void delete(List<String> keys) {
        for (int i = 0; i < keys.size(); i += 1000) {
            jdbc.sql("delete from match_vector where entry_key in (:keys)")
                    .param("keys", keys.subList(i, Math.min(keys.size(), i + 1000))).update();
        }
    }
}
