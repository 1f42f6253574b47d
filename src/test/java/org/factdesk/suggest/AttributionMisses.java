package org.factdesk.suggest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;

/** Counts the true cues the finder misses in the tuning half of the publishers, by cue text, and prints examples of each. */
final class AttributionMisses {
    public static void main(String[] args) throws Exception {
        var dir = Path.of("../shared/data/attribution/polnear-dev");
        var missed = new HashMap<String, Integer>();
        var examples = new HashMap<String, String>();
        var seen = new HashSet<String>();
        try (var files = Files.list(dir.resolve("attributions"))) {
            var all = files.sorted().toList();
            var split = org.factdesk.base.GroupSplit.of(all.stream()
                    .map(a -> AttributionEvaluation.publisher(a.getFileName().toString())).toList());
            for (var ann : all) {
                var name = ann.getFileName().toString().replaceAll("_[^_]+\\.ann$", "");
                if (split.half(AttributionEvaluation.publisher(name)) != org.factdesk.base.GroupSplit.Half.TUNING) continue;
                if (!seen.add(name)) continue;
                var text = Files.readString(dir.resolve("text").resolve(name + ".txt"));
                var cps = text.codePoints().toArray();
                var gold = AttributionEvaluation.read(Files.readString(ann));
                var pred = AttributionEvaluation.predict(text);
                for (var g : gold) {
                    if (g.cue().isEmpty()) continue;
                    var hit = pred.stream().anyMatch(p -> p.cue().stream().anyMatch(c -> g.cue().stream().anyMatch(c::overlaps)));
                    if (!hit) {
                        var cue = AttributionDebug.s(cps, g.cue()).toLowerCase().strip();
                        missed.merge(cue, 1, Integer::sum);
                        // the sentence around
                        int s = g.cue().getFirst().start(); int a = Math.max(0, s - 90); int b = Math.min(cps.length, s + 60);
                        examples.merge(cue, new String(cps, a, b - a).replace('\n', ' '), (x, y) -> x);
                    }
                }
            }
        }
        missed.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(Integer.parseInt(args.length > 0 ? args[0] : "40"))
                .forEach(e -> System.out.println(e.getValue() + "  " + e.getKey() + "   …" + examples.get(e.getKey()) + "…"));
        System.out.println("total missed " + missed.values().stream().mapToInt(Integer::intValue).sum());
    }
}
