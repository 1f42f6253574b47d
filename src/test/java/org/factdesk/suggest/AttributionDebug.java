package org.factdesk.suggest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/** Prints true and found attributions of some articles side by side, to see where the rules go wrong. */
final class AttributionDebug {
    public static void main(String[] args) throws Exception {
        var dir = Path.of("../shared/data/attribution/polnear-dev");
        int limit = Integer.parseInt(args.length > 0 ? args[0] : "3");
        int skip = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        try (var files = Files.list(dir.resolve("attributions"))) {
            var seen = new java.util.HashSet<String>();
            var list = new ArrayList<Path>();
            for (var f : files.sorted().toList()) {
                var name = f.getFileName().toString().replaceAll("_[^_]+\\.ann$", "");
                if (seen.add(name)) list.add(f);
            }
            for (var ann : list.subList(skip, Math.min(list.size(), skip + limit))) {
                var name = ann.getFileName().toString().replaceAll("_[^_]+\\.ann$", "");
                var text = Files.readString(dir.resolve("text").resolve(name + ".txt"));
                var cps = text.codePoints().toArray();
                var gold = AttributionEvaluation.read(Files.readString(ann));
                var pred = AttributionEvaluation.predict(text);
                System.out.println("######## " + name);
                gold.sort(java.util.Comparator.comparingInt(g -> g.cue().isEmpty() ? 0 : g.cue().getFirst().start()));
                for (var g : gold) {
                    var match = pred.stream().anyMatch(p -> p.cue().stream().anyMatch(c -> g.cue().stream().anyMatch(c::overlaps)));
                    System.out.println((match ? "  G  " : "  G! ") + show(cps, g));
                }
                for (var p : pred) {
                    var match = gold.stream().anyMatch(g -> p.cue().stream().anyMatch(c -> g.cue().stream().anyMatch(c::overlaps)));
                    System.out.println((match ? "  P  " : "  P! ") + show(cps, p));
                }
            }
        }
    }

    static String show(int[] cps, AttributionEvaluation.Labelled l) {
        return "[" + s(cps, l.source()) + "] <" + s(cps, l.cue()) + "> {" + s(cps, l.content()) + "}";
    }

    static String s(int[] cps, java.util.List<Span> spans) {
        var sb = new StringBuilder();
        for (var sp : spans) {
            var t = new String(cps, sp.start(), sp.end() - sp.start());
            if (t.length() > 70) t = t.substring(0, 35) + "…" + t.substring(t.length() - 30);
            sb.append(t).append(spans.size() > 1 ? " | " : "");
        }
        return sb.toString().replace('\n', ' ');
    }
}
