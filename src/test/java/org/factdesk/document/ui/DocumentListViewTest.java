package org.factdesk.document.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.factdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class DocumentListViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("viewer")
    void the_documents_list_shows_the_sample_article_and_filters_by_search() {
        var view = navigate(DocumentListView.class);

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(titles(view)).contains("Biden Invited Putin to Meet in a Third Country");

        test(view.search).setValue("no such article anywhere");
        assertThat(test(view.grid).size()).isZero();

        test(view.search).setValue("putin");
        assertThat(titles(view)).containsExactly("Biden Invited Putin to Meet in a Third Country");
    }

    @Test
    @WithUserDetails("viewer")
    void opening_a_document_shows_its_text_in_paragraphs() {
        var list = navigate(DocumentListView.class);
        test(list.grid).clickRow(indexOf(list, "Biden Invited Putin to Meet in a Third Country"));

        var reader = $(DocumentView.class).single();
        assertThat(reader.getPageTitle()).isEqualTo("Biden Invited Putin to Meet in a Third Country");
        assertThat(reader.text.getElement().getTextRecursively()).contains("Kiev accused Moscow");
    }

    private java.util.List<String> titles(DocumentListView view) {
        var grid = test(view.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 0)).toList();
    }

    private int indexOf(DocumentListView view, String title) {
        return titles(view).indexOf(title);
    }
}
