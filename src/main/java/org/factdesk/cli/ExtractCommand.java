package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.factdesk.document.imports.ImportException;
import org.factdesk.document.imports.Importers;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code extract FILE...}: the article in each web page (.html or .html.gz), as the importer finds
 * it, printed as JSON keyed by file name.
 */
final class ExtractCommand implements CliCommand {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "print the article body and metadata of .html/.html.gz pages as JSON";
    }

    @Override
    public String usage() {
        return "java -jar factdesk.jar extract FILE.html|FILE.html.gz...\n"
                + "  prints { \"<name>\": { \"articleBody\", \"title\", \"authors\", \"publishedAt\", \"url\" } }";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            throw new Cli.UsageException("Give one or more .html or .html.gz files.");
        }
        var result = JSON.createObjectNode();
        int failed = 0;
        for (var arg : args) {
            var path = Path.of(arg);
            var fileName = path.getFileName() == null ? arg : path.getFileName().toString();
            var lower = fileName.toLowerCase(Locale.ROOT);
            if (!lower.matches(".*\\.(html?|xhtml)(\\.gz)?$")) {
                err.println(arg + ": not an .html or .html.gz file; skipped");
                failed++;
                continue;
            }
            try {
                var article = Importers.fromUpload(fileName, Files.readAllBytes(path));
                var node = result.putObject(fileName.replaceAll("(?i)\\.(html?|xhtml)(\\.gz)?$", ""));
                node.put("articleBody", article.text());
                node.put("title", article.title());
                var authors = node.putArray("authors");
                article.authors().forEach(authors::add);
                node.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
                node.put("url", article.sourceUrl());
                node.put("language", article.language());
                node.put("publisher", article.publisher());
            } catch (NoSuchFileException e) {
                err.println(arg + ": no such file");
                failed++;
            } catch (IOException | ImportException e) {
                err.println(arg + ": " + e.getMessage());
                failed++;
            }
        }
        out.println(JSON.writeValueAsString(result));
        return failed == 0 ? 0 : 1;
    }
}
