package org.factdesk.report.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.factdesk.base.DuplicateException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.Uploads;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.document.DocumentService;
import org.factdesk.document.DocumentSummary;
import org.factdesk.report.AnnotationImportService;
import org.factdesk.report.Duplicates;
import org.factdesk.report.ImportService;
import org.factdesk.report.ReportFilter;
import org.factdesk.report.ReportJobs;
import org.factdesk.report.ReportService;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;
import org.factdesk.verification.VerdictScaleService;
import org.factdesk.verification.VerdictView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.factdesk.claim.ui.ReaderLinks;

/** Verification reports and exports: of one document, or of the claims a filter picks across documents; and imports. */
@Route("reports")
@PageTitle("Reports")
@Menu(order = 40, icon = "vaadin:file-text-o", title = "Reports")
@PermitAll
class ReportsView extends VerticalLayout {

    final ComboBox<DocumentSummary> document = new ComboBox<>("Document");
    final DatePicker from = new DatePicker("Claims created from");
    final DatePicker to = new DatePicker("to");
    final MultiSelectComboBox<ClaimStatus> status = new MultiSelectComboBox<>("Status");
    final MultiSelectComboBox<VerdictView> verdict = new MultiSelectComboBox<>("Verdict");
    final TextField claimant = new TextField("Claimant or alias");
    final TextField tag = new TextField("Tag");
    final ExportPanel documentExports;
    final ExportPanel filterExports;
    /** The last "already here" question asked, for tests to answer. */
    @Nullable AlreadyHereDialog alreadyHere;


    ReportsView(ReportService reports, ReportJobs jobs, DocumentService documents, VerdictScaleService scale,
            ImportService imports, AnnotationImportService annotations, CurrentUser currentUser) {
        addClassName("fd-page");
        document.setWidth("min(40rem, 100%)");
        document.setItemLabelGenerator(DocumentSummary::title);
        document.setItems(query -> documents.list(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt"))).stream());
        documentExports = new ExportPanel(reports, jobs, ReportService.DOCUMENT_FORMATS, "report", () -> {
            var chosen = document.getValue();
            if (chosen == null) {
                throw new IllegalStateException("Choose a document first");
            }
            return reports.documentReport(chosen.id());
        });
        documentExports.setVisible(false);
        document.addValueChangeListener(e -> documentExports.setVisible(e.getValue() != null));

        status.setItems(ClaimStatus.values());
        status.setItemLabelGenerator(ClaimStatus::label);
        verdict.setItems(scale.scale());
        verdict.setItemLabelGenerator(VerdictView::label);
        filterExports = new ExportPanel(reports, jobs, ReportService.FILTER_FORMATS, "claims-report",
                () -> reports.filterReport(new ReportFilter(from.getValue(), to.getValue(), status.getValue(),
                        verdict.getValue().stream().map(VerdictView::code).collect(Collectors.toSet()),
                        claimant.getValue(), tag.getValue())));
        var filters = new HorizontalLayout(from, to, status, verdict, claimant, tag);
        filters.setWrap(true);

        add(new H3("One document"), new Paragraph("The verification report with the article and every claim, "
                + "and the data exports for other tools."), document, documentExports,
                new H3("Claims across documents"), filters, filterExports);

        var role = currentUser.get().map(u -> u.role()).orElse(Role.VIEWER);
        if (role.includes(Role.REVIEWER)) {
            var annotationUpload = new Upload();
            // The in-memory handler calls back inside UI.access once the file is in: the import runs there.
            // (Upload's succeeded listeners belong to the old Receiver API and never fire with an UploadHandler.)
            annotationUpload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
                annotationUpload.clearFileList();
                var chosen = document.getValue();
                if (chosen == null) {
                    Notifications.error("Choose the document the annotations belong to first");
                    return;
                }
                Consumer<Duplicates> run = duplicates -> {
                    var result = annotations.importAnnotations(chosen.id(), bytes, duplicates);
                    Notifications.success(result.created().size() + " claims created"
                            + (result.skipped().isEmpty() ? "" : "; not placed: " + String.join("; ", result.skipped())));
                };
                attempt(run, id -> getUI().ifPresent(ui -> ReaderLinks.openDocument(ui, chosen.id())));
            }));
            annotationUpload.setMaxFiles(1);
            Uploads.accept(annotationUpload, ".json", ".jsonld", "application/json", "application/ld+json");
            add(new H3("Import annotations"), new Paragraph("W3C Web Annotations (also from Hypothesis) become claims on "
                    + "the document chosen above, placed by their quote."), annotationUpload);
        }
        if (role.includes(Role.EDITOR)) {
            var jsonUpload = new Upload();
            jsonUpload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
                jsonUpload.clearFileList();
                Consumer<Duplicates> run = duplicates -> {
                    var created = imports.importFactdeskJson(bytes, duplicates);
                    Notifications.success("\u201C" + created.metadata().title() + "\u201D imported");
                    getUI().ifPresent(ui -> ReaderLinks.openDocument(ui, created.id()));
                };
                attempt(run, id -> getUI().ifPresent(ui -> ReaderLinks.openDocument(ui, id)));
            }));
            jsonUpload.setMaxFiles(1);
            Uploads.accept(jsonUpload, ".json", "application/json");
            add(new H3("Import a Factdesk export"), new Paragraph("A JSON export of another Factdesk becomes a document "
                    + "with its claims, attributions, verdicts and evidence."), jsonUpload);
        }
    }

    /** Runs an import; one that holds what the desk already has asks first what to do about it. */
    private void attempt(Consumer<Duplicates> run, Consumer<Long> openExisting) {
        try {
            run.accept(Duplicates.REFUSE);
        } catch (DuplicateException e) {
            alreadyHere = new AlreadyHereDialog(e, run, openExisting);
            alreadyHere.open();
        } catch (RuntimeException e) {
            Notifications.refused(e);
        }
    }
}
