package org.factdesk.base.ui;

import com.vaadin.flow.component.upload.Upload;
import java.util.Arrays;

/** Which files an upload takes, and a refusal that names them ("Choose a .json or .jsonld file"), not "Incorrect File Type". */
public final class Uploads {

    private Uploads() {
    }

    /** Accepts these file name endings and media types; a file of another type is refused naming the endings. */
    public static void accept(Upload upload, String... types) {
        upload.setAcceptedFileTypes(types);
        var endings = Arrays.stream(types).filter(t -> t.startsWith(".")).toList();
        var named = endings.size() <= 1 ? String.join("", endings)
                : String.join(", ", endings.subList(0, endings.size() - 1)) + " or " + endings.getLast();
        upload.addFileRejectedListener(e -> Notifications.error("\u201C" + e.getFileName() + "\u201D was not taken: "
                + (e.getErrorMessage() != null && e.getErrorMessage().toLowerCase(java.util.Locale.ROOT).contains("size")
                        ? e.getErrorMessage() : "choose a " + named + " file")));
    }
}
