package org.factdesk.document.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void headings_paragraphs_and_list_items_become_paragraphs_and_formatting_goes() {
        var text = MarkdownText.toText("""
                # Biden offers summit

                The **White House** said the call took
                place on [Tuesday](https://example.org).

                - first point
                - second point
                """);

        assertThat(text).isEqualTo("""
                Biden offers summit
                The White House said the call took place on Tuesday (https://example.org).
                first point
                second point""");
    }

    @Test
    void raw_html_in_markdown_never_survives() {
        var text = MarkdownText.toText("Hello <script>alert(1)</script> world\n\n<div onclick=\"x()\">block</div>\n");
        assertThat(text).doesNotContain("<script").doesNotContain("onclick").contains("Hello").contains("world");
    }

    /** Issue 36: a Markdown file's title is its first heading, and the sources it links stay. */
    @Test
    void the_first_heading_is_the_title_and_link_targets_stay() {
        var imported = MarkdownText.read("""
                Intro line.

                # Jobs report, checked

                ## Sources

                See [the bureau's table](https://example.org/table) and <https://example.org/raw>.
                """);

        assertThat(imported.title()).isEqualTo("Jobs report, checked");
        assertThat(imported.text()).contains("the bureau's table (https://example.org/table)")
                .contains("and https://example.org/raw.").doesNotContain("raw (https");
        assertThat(MarkdownText.read("No heading here.").title()).isNull();
    }
}
