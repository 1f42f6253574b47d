package org.factdesk.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads comma-separated values as spreadsheets write them (RFC 4180, through Apache Commons CSV):
 * quoted fields may hold commas, quotes ("") and line breaks; empty lines are skipped.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private Csv() {
    }

    /** The rows, each a list of its fields; a text that is not well-formed CSV is refused, naming where. */
    public static List<List<String>> parse(String text) {
        var rows = new ArrayList<List<String>>();
        try (var parser = CSVParser.parse(text, FORMAT)) {
            for (var record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("Not well-formed CSV (a quoted field that never ends, or text after"
                    + " a closing quote): " + e.getMessage(), e);
        }
        return rows;
    }
}
