package org.factdesk.document.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final String PAGE = """
            <html lang="en"><head><title>Site | Biden offers summit</title>
            <meta property="og:site_name" content="The Ledger">
            <link rel="canonical" href="https://ledger.example/2021/04/summit">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Biden offers Putin a summit",
              "datePublished":"2021-04-13T18:00:00Z","author":[{"@type":"Person","name":"Ann Writer"}],
              "publisher":{"@type":"Organization","name":"The Ledger"}}</script>
            <script>window.tracking = true;</script><style>p{color:red}</style></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="cookie-consent">We use cookies. <button>Accept</button></div>
            <article><h1>Biden offers Putin a summit</h1>
            <p>The White House said Joe Biden offered Vladimir Putin a summit in a third country, in a call on Tuesday.</p>
            <p onclick="alert(1)">Kiev accused Moscow of deploying more than 80,000 troops on the border, officials said.</p>
            <script>document.write('<p>injected</p>')</script>
            <p>The Kremlin confirmed the offer, saying both sides were ready to continue the dialogue.</p></article>
            <aside class="related"><p>Related: other stories you might like to read today, and many more.</p></aside>
            <footer><p>Copyright The Ledger 2021. All rights reserved. Terms and privacy.</p></footer>
            </body></html>""";

    @Test
    void the_article_body_keeps_its_paragraphs_and_drops_the_page_around_it() {
        var article = ArticleExtractor.extract(PAGE, "https://ledger.example/x");

        assertThat(article.text()).contains("Kiev accused Moscow of deploying more than 80,000 troops")
                .contains("The Kremlin confirmed the offer")
                .doesNotContain("cookies").doesNotContain("Related:").doesNotContain("Copyright")
                .doesNotContain("injected").doesNotContain("alert").doesNotContain("<");
        assertThat(article.text().lines().filter(l -> l.contains("White House")).count()).isEqualTo(1);
    }

    @Test
    void metadata_comes_from_json_ld_and_meta_tags() {
        var article = ArticleExtractor.extract(PAGE, "https://ledger.example/x");

        assertThat(article.title()).isEqualTo("Biden offers Putin a summit");
        assertThat(article.authors()).containsExactly("Ann Writer");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2021, 4, 13));
        assertThat(article.publisher()).isEqualTo("The Ledger");
        assertThat(article.sourceUrl()).isEqualTo("https://ledger.example/2021/04/summit");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void bylines_contact_lines_hover_cards_shortcodes_and_script_notices_are_not_article_text() {
        var page = "<html><body><article><h1>Council votes on the budget</h1><p>By Maria Lopez | March 3, 2024</p>"
                + "<p>The council approved the budget of Councillor <a href=\"/p/ng\">Ana Ng</a><span class=\"card\"><img src=\"n.jpg\">"
                + "<a href=\"/p/ng\">Ana Ng</a><a href=\"/s/1\">Ng wins the vote on parks</a></span> on Tuesday, officials said.</p>"
                + paragraphs("Budget", 5)
                + "<p>[button link=\"/tips\" type=\"big\"]Send us your tips[/button]</p><p>This gallery requires JavaScript.</p>"
                + "<p>The Ledger, 1 Main Street, Springfield | 555-123-4567 tel | 555-123-4568 fax</p></article></body></html>";

        var text = ArticleExtractor.extract(page, null).text();

        assertThat(text).contains("The council approved the budget of Councillor Ana Ng on Tuesday, officials said.")
                .contains("Budget 5").doesNotContain("Maria Lopez").doesNotContain("wins the vote on parks")
                .doesNotContain("Send us your tips").doesNotContain("JavaScript").doesNotContain("555-123");
    }

    @Test
    void a_sentence_that_starts_with_by_is_still_article_text() {
        var page = "<html><body><article>" + paragraphs("Budget", 4)
                + "<p>By Friday the council had spent it all.</p>" + paragraphs("Later", 2) + "</article></body></html>";

        assertThat(ArticleExtractor.extract(page, null).text()).contains("By Friday the council had spent it all.");
    }

    private static String paragraphs(String prefix, int n) {
        var sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("<p>").append(prefix).append(' ').append(i)
                    .append(": officials said the talks would continue, and that both sides had agreed to meet again soon.</p>\n");
        }
        return sb.toString();
    }

    @Test
    void an_article_split_into_sections_with_an_advert_between_them_is_kept_whole() {
        var html = "<html><body><div class=\"layout\"><div class=\"wrap\"><div class=\"story-section\">"
                + paragraphs("First part", 6) + "</div></div><div class=\"ad-slot\"><p>Advertisement</p></div>"
                + "<div class=\"wrap\"><div class=\"story-section\">" + paragraphs("Second part", 4) + "</div></div>"
                + "<div class=\"wrap\"><div class=\"story-section\">" + paragraphs("Third part", 3) + "</div></div>"
                + "</div></body></html>";

        var text = ArticleExtractor.extract(html, null).text();

        assertThat(text).contains("First part 1:", "First part 6:", "Second part 4:", "Third part 3:")
                .doesNotContain("Advertisement");
    }

    @Test
    void captions_link_lists_and_labels_inside_the_article_are_dropped_and_short_lines_between_paragraphs_kept() {
        var html = "<html><body><article class=\"post-content\">" + paragraphs("Body", 3)
                + "<figure><img src=\"x.jpg\"><figcaption>The border crossing near Kharkiv. Credit: Reuters</figcaption></figure>"
                + "<p>ADVERTISEMENT</p>"
                + "<p>Why now?</p>" + paragraphs("More", 3)
                + "<h2>Most read</h2><ul><li><a href=\"/a\">A story about something else entirely</a></li>"
                + "<li><a href=\"/b\">Another story nobody asked about</a></li><li><a href=\"/c\">A third link</a></li></ul>"
                + "</article></body></html>";

        var text = ArticleExtractor.extract(html, null).text();

        assertThat(text).contains("Body 1:", "More 3:", "Why now?")
                .doesNotContain("Kharkiv", "ADVERTISEMENT", "Most read", "another story", "A third link");
    }

    @Test
    void an_embedded_post_quoted_in_the_article_is_part_of_it() {
        var html = "<html><body><div class=\"article-body\">" + paragraphs("Text", 4)
                + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>Yes this is real and the state "
                + "spent half a million dollars on it <a href=\"https://t.co/x\">https://t.co/x</a></p>&mdash; A Person "
                + "(@someone) <a href=\"https://twitter.com/someone/status/1\">November 18, 2019</a></blockquote></div>"
                + paragraphs("After", 2) + "</div></body></html>";

        var text = ArticleExtractor.extract(html, null).text();

        assertThat(text).contains("Yes this is real and the state spent half a million dollars", "After 2:");
    }

    @Test
    void a_cookie_banner_is_not_mistaken_for_the_article_of_a_page_whose_containers_look_unlikely() {
        var html = "<html><body><div class=\"cookie-banner\">This website uses cookies to improve your experience. "
                + "We'll assume you're ok with this. Accept Read More</div>"
                + "<div id=\"sidebar-wrapper\"><div class=\"sidebar-inner\">" + paragraphs("Hike", 5) + "</div></div>"
                + "</body></html>";

        var text = ArticleExtractor.extract(html, null).text();

        assertThat(text).contains("Hike 1:", "Hike 5:").doesNotContain("cookies");
    }

    @Test
    void a_round_up_of_linked_stories_with_a_summary_each_is_article_text() {
        var items = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            items.append("<li><strong><a href=\"/s").append(i).append("\">Headline number ").append(i)
                    .append(" about the markets today</a>.</strong> A summary of the story with enough words of its own ")
                    .append("to be worth reading, number ").append(i).append(".</li>");
        }
        var html = "<html><body><div class=\"content\"><p>Here is what you need to know today, in ten stories, "
                + "from the markets to technology, to politics and the weather.</p><ul>" + items + "</ul></div></body></html>";

        var text = ArticleExtractor.extract(html, null).text();

        assertThat(text).contains("A summary of the story with enough words of its own to be worth reading, number 6.");
    }
}
