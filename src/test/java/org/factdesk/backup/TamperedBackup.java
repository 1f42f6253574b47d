package org.factdesk.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A backup as an attacker with a copy of it would change it: members added, replaced or removed,
 * and, where the attack wants it to look genuine, the manifest resealed (sizes, row counts and
 * SHA-256 worked out again, which anyone can do).
 */
final class TamperedBackup {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Map<String, byte[]> members = new LinkedHashMap<>();

    private TamperedBackup() {
    }

    static TamperedBackup of(Path backup) throws IOException {
        var tampered = new TamperedBackup();
        try (var zip = new ZipFile(backup.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(entry)) {
                    tampered.members.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return tampered;
    }

    String text(String member) {
        return new String(members.get(member), StandardCharsets.UTF_8);
    }

    TamperedBackup put(String member, String content) {
        members.put(member, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Changes the manifest as JSON. */
    TamperedBackup manifest(Consumer<ObjectNode> change) {
        var manifest = (ObjectNode) JSON.readTree(members.get(Manifest.MEMBER));
        change.accept(manifest);
        members.put(Manifest.MEMBER, JSON.writeValueAsBytes(manifest));
        return this;
    }

    /** Works the manifest's sizes, row counts and hashes out again for the members as they now are. */
    TamperedBackup reseal() {
        return manifest(m -> {
            for (var table : m.get("tables")) {
                var member = members.get(table.get("member").asString());
                if (member == null) {
                    continue;
                }
                var t = (ObjectNode) table;
                t.put("bytes", member.length);
                t.put("rows", new String(member, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count());
                try {
                    t.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(member)));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    Path write(Path file) throws IOException {
        try (var out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var member : members.entrySet()) {
                out.putNextEntry(new ZipEntry(member.getKey()));
                out.write(member.getValue());
                out.closeEntry();
            }
        }
        return file;
    }
}
