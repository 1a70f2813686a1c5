package cn.xgz.recon.acceptance;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the public acceptance sets are: the copy in this repository's test resources ({@code acceptance/} on the
 * test classpath), or the folder {@code -Dxgz.acceptance=DIR} names, to judge the code against a newer copy. A set
 * that is not there fails the test that asks for it: a test never skips for want of its data.
 */
public final class AcceptanceSets {

    /** The one property that points the tests at another copy of the sets. */
    public static final String PROPERTY = "xgz.acceptance";

    private AcceptanceSets() {}

    /** The folder holding {@code basic/} and {@code messy/}. */
    public static Path root() {
        String configured = System.getProperty(PROPERTY, "");
        Path root = configured.isBlank() ? classpathCopy() : Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("basic/input")) || !Files.isDirectory(root.resolve("messy/input"))) {
            throw new IllegalStateException("acceptance sets not found in " + root + " (basic/input and messy/input)");
        }
        return root;
    }

    /** A folder of the sets, e.g. {@code basic/input} or {@code messy/expected}; it must exist. */
    public static Path set(String relative) {
        Path p = root().resolve(relative);
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("acceptance folder missing: " + p);
        }
        return p;
    }

    private static Path classpathCopy() {
        URL readme = AcceptanceSets.class.getResource("/acceptance/README.md");
        if (readme == null) {
            throw new IllegalStateException("acceptance/README.md is not on the test classpath (src/test/resources/acceptance)");
        }
        try {
            return Path.of(readme.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
