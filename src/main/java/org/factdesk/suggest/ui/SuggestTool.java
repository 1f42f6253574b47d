package org.factdesk.suggest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ui.Reader;
import org.factdesk.claim.ui.ReaderContext;
import org.factdesk.claim.ui.ReaderTool;
import org.factdesk.suggest.SuggestionService;
import org.factdesk.suggest.SuggestionView;
import org.jspecify.annotations.Nullable;

/**
 * The reader's Suggest button: sentences worth checking, dashed in the text and listed in a side tab,
 * where a reviewer accepts one (it becomes a claim, attributed where the sentence says who said it)
 * or dismisses it for this document.
 */
class SuggestTool implements ReaderTool {

    @SpringComponent
    static class Factory implements ReaderTool.Factory {

        private final SuggestionService suggester;
        private final ClaimantService claimants;

        Factory(SuggestionService suggester, ClaimantService claimants) {
            this.suggester = suggester;
            this.claimants = claimants;
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public ReaderTool create(ReaderContext reader) {
            return new SuggestTool(suggester, claimants, reader);
        }
    }

    final Button suggest = new Button("Suggest");
    final SuggestionList suggestions;
    private final SuggestionService suggester;
    private final ClaimantService claimants;
    private final ReaderContext reader;
    private final ReaderContext.SideTab tab;
    /** The last claimant proposal shown, for tests to answer. */
    @Nullable ClaimantProposalDialog proposal;

    SuggestTool(SuggestionService suggester, ClaimantService claimants, ReaderContext reader) {
        this.suggester = suggester;
        this.claimants = claimants;
        this.reader = reader;
        suggest.addThemeVariants(ButtonVariant.TERTIARY);
        suggest.addClickListener(e -> show());
        suggestions = new SuggestionList(reader.canEdit(), s -> reader.reader().focusSuggestion(s.key()), this::accept,
                this::dismiss, this::hide);
        suggestions.setVisible(false);
        var box = new Div(suggestions);
        box.addClassName("fd-side");
        tab = reader.sideTab("Suggestions", box);
        reader.reader().onSuggestionClicked(suggestions::focus);
    }

    @Override
    public Component button() {
        return suggest;
    }

    /** The text changed: the suggestions' offsets are of the old one. */
    @Override
    public void textReplaced() {
        if (suggestions.isVisible()) {
            hide();
        }
    }

    void show() {
        reader.document().ifPresent(d -> {
            try {
                var list = suggester.forDocument(d.id(), List.copyOf(reader.claims()));
                suggestions.show(list);
                suggestions.setVisible(true);
                tab.show();
                draw(list);
                Notifications.info(list.isEmpty() ? "No suggestions for this text"
                        : list.size() + " suggestions, dashed in the text");
            } catch (RuntimeException e) {
                Notifications.refused(e);
            }
        });
    }

    void hide() {
        suggestions.setVisible(false);
        tab.hide();
        suggestions.show(List.of());
        draw(List.of());
        reader.reader().focusSuggestion(null);
    }

    /**
     * Accepts a suggestion; one whose speaker no claimant of the desk matches first shows the proposed new
     * claimant (name, kind, role) to correct, or an existing claimant to pick instead (issue 36).
     */
    void accept(SuggestionView s) {
        var a = s.attribution();
        if (a != null && a.claimantId() == null && a.speaker() != null) {
            proposal = new ClaimantProposalDialog(a, claimants, choice -> create(s, choice));
            proposal.open();
        } else {
            create(s, null);
        }
    }

    private void create(SuggestionView s, SuggestionService.@Nullable ClaimantChoice choice) {
        reader.document().ifPresent(d -> {
            try {
                var created = suggester.accept(d.id(), s.start(), s.end(), choice, true);
                reader.claimAdded(created);
                remove(s);
                Notifications.success("Claim created from the suggestion");
            } catch (RuntimeException e) {
                Notifications.refused(e);
            }
        });
    }

    void dismiss(SuggestionView s) {
        reader.document().ifPresent(d -> {
            try {
                suggester.dismiss(d.id(), s.text());
                remove(s);
                Notifications.info("Suggestion dismissed; it will not be suggested again for this document");
            } catch (RuntimeException e) {
                Notifications.refused(e);
            }
        });
    }

    private void remove(SuggestionView s) {
        suggestions.remove(s);
        draw(suggestions.items());
        suggestions.current().ifPresentOrElse(c -> reader.reader().focusSuggestion(c.key()),
                () -> reader.reader().focusSuggestion(null));
    }

    private void draw(List<SuggestionView> list) {
        reader.reader().showSuggestions(list.stream()
                .map(s -> new Reader.SuggestedSpan(s.key(), s.start(), s.end(), s.score())).toList());
    }
}
