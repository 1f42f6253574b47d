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
}
