import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step (maven-antrun-plugin, prepare-package): removes from the copied Vaadin production bundle the
 * files no page of it loads. Vaadin's prebuilt bundle jar (vaadin-prod-bundle) carries the output of three
 * of its builds side by side under VAADIN/build, each with its own content hashes; index.html and the
 * service worker load one. A file is kept when index.html or sw.js names it, or a kept file names it (Vite
 * refers to its chunks by file name); the rest, and their .br and .gz copies, are removed (4.6 MB of the
 * jar with Vaadin 25.2.5). Does nothing, saying why, when the bundle or its index.html is missing.
 *
 * <p>Usage: {@code java PruneViteBundle.java WEBAPP_DIR}
 */
public class PruneViteBundle {

    private static final Pattern BUILD_FILE = Pattern.compile("VAADIN/build/([A-Za-z0-9_.\\-]+)");

    public static void main(String[] args) throws IOException {
        var webapp = Path.of(args[0]);
        var build = webapp.resolve("VAADIN/build");
        var index = webapp.resolve("index.html");
        if (!Files.isDirectory(build) || !Files.isRegularFile(index)) {
            System.out.println("PruneViteBundle: no production bundle at " + webapp + "; nothing removed");
            return;
        }
        Set<String> files = new HashSet<>();
        try (Stream<Path> listed = Files.list(build)) {
            listed.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".br") && !n.endsWith(".gz"))
                    .forEach(files::add);
        }
        var todo = new ArrayDeque<String>();
        for (var root : List.of(index, webapp.resolve("sw.js"))) {
            if (Files.isRegularFile(root)) {
                BUILD_FILE.matcher(Files.readString(root)).results().map(m -> m.group(1)).forEach(todo::add);
            }
        }
        Set<String> kept = new HashSet<>();
        while (!todo.isEmpty()) {
            var name = todo.pop();
            if (!files.contains(name) || !kept.add(name)) {
                continue;
            }
            var text = new String(Files.readAllBytes(build.resolve(name)), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (var other : files) {
                if (!kept.contains(other) && text.contains(other)) {
                    todo.add(other);
                }
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalStateException("PruneViteBundle: index.html loads no file of " + build + "; nothing removed");
        }
        long bytes = 0;
        int removed = 0;
        for (var name : files) {
            if (kept.contains(name)) {
                continue;
            }
            for (var copy : List.of(name, name + ".br", name + ".gz")) {
                var path = build.resolve(copy);
                if (Files.exists(path)) {
                    bytes += Files.size(path);
                    Files.delete(path);
                    removed++;
                }
            }
        }
        System.out.printf("PruneViteBundle: kept %d of %d bundle files; removed %d files (%.1f MB) no page loads%n",
                kept.size(), files.size(), removed, bytes / 1e6);
    }
}
