package org.strands.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The national open data beside the checkout ({@code ../shared/data}), as CI and developers have it. */
public final class SharedData {

    private SharedData() {
    }

    public static Path file(String relative) {
        Path dir = Path.of(System.getProperty("strands.shared.data", "../shared/data"));
        Path file = dir.resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException("Missing " + file.toAbsolutePath() + ": the national data in shared/data is needed beside the checkout");
        }
        return file;
    }
}
