package org.factdesk.match.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import org.factdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class FactCheckLibraryViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("viewer")
    void a_viewer_searches_the_library_but_cannot_import_or_delete() {
        var view = navigate(FactCheckLibraryView.class);
        assertThat($(Upload.class).all()).isEmpty();
        assertThat($(Button.class).all()).extracting(Button::getText).doesNotContain("Delete");
        view.question.setValue("");
        test($(Button.class).withText("Search the library").single()).click();
        assertThat(view.answers.getChildren()).as("a blank question is refused, not answered").isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_gets_the_upload_and_a_question_is_answered_from_the_desk_s_own_claims() {
        var view = navigate(FactCheckLibraryView.class);
        assertThat($(Upload.class).all()).hasSize(1);
        view.question.setValue("Russia had deployed more than 80,000 troops on the Ukrainian border");
        test($(Button.class).withText("Search the library").single()).click();
        assertThat(view.answers.getChildren().count()).as("the sample article's claims match").isPositive();
        assertThat(view.answers.getChildren().findFirst().orElseThrow().getElement().getText())
                .startsWith("1. \u201C").contains("this desk");
    }
}
