package org.factdesk.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times and dates as people read them ("30 Nov 2026, 21:19"), never as {@code Instant.toString()}
 * ("2026-11-30T21:19:02.171276Z"). Times are in the server's time zone, which a newsroom sets to its own.
 */
public final class Times {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.UK).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);

    private Times() {
    }

    public static String when(Instant at) {
        return WHEN.format(at);
    }

    public static String date(LocalDate day) {
        return DATE.format(day);
    }
}
