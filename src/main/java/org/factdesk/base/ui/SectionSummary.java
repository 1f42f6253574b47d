package org.factdesk.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;

/**
 * The line a claim-panel section shows in its heading ("Evidence · 2 supports · 1 refutes"), so a
 * collapsed section still says what it holds and a reviewer can fold away what they are not working
 * on without losing sight of it.
 */
public final class SectionSummary {

    private SectionSummary() {
    }

    /** Gives a section its title and the line below it; the line is read out with the title. */
    public static Details titled(String title, com.vaadin.flow.component.Component content) {
        var details = new Details();
        var heading = new Span(new Span(title));
        heading.addClassName("fd-section-summary");
        var line = new Span();
        line.addClassName("fd-summary-line");
        heading.add(line);
        details.setSummary(heading);
        details.add(content);
        details.setOpened(true);
        // In the panel's column a section would shrink to its widest field (an attribution check 170 px wide).
        details.setWidthFull();
        details.addClassName("fd-section");
        return details;
    }

    /** Says in one line what the section holds now. */
    public static void say(Details details, String line) {
        details.getSummary().getChildren().filter(c -> c.hasClassName("fd-summary-line")).findFirst()
                .ifPresent(c -> ((Span) c).setText(line.isEmpty() ? "" : line));
    }

    /** The line a section says now (for tests and for the reader's own checks). */
    public static String line(Details details) {
        return details.getSummary().getChildren().filter(c -> c.hasClassName("fd-summary-line")).findFirst()
                .map(c -> ((Span) c).getText()).orElse("");
    }
}
