package org.vigia.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files a classpath folder lists in its {@value #INDEX} (one name per line, {@code #} comments; listing a folder
 * inside a WAR is unreliable, hence the index), each with its bytes and SHA-256: how the study definitions
 * ({@code studies/}) and the form library ({@code forms/}) are shipped.
 * <pre>{@code
 * for (ClasspathIndex.File f : ClasspathIndex.read("forms/", loader, r -> new FormDefinitionException(r, List.of("not found"))))
 *     FormDefinitionReader.read(f.stream(), f.resource());
 * }</pre>
 */
public final class ClasspathIndex {

    public static final String INDEX = "index.txt";

    private ClasspathIndex() {
    }

    /** One listed file: its classpath resource name, bytes and their SHA-256 in hex. */
    public record File(String resource, byte[] bytes, String sha256) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public InputStream stream() {
            return new java.io.ByteArrayInputStream(bytes);
        }
    }

    /** The context class loader, else {@code owner}'s. */
    public static ClassLoader loaderFor(Class<?> owner) {
        return Optional.ofNullable(Thread.currentThread().getContextClassLoader()).orElse(owner.getClassLoader());
    }

    /**
     * The files {@code folder}'s index lists, in its order; {@code missing} makes the exception for an index or file
     * that is not on the classpath (named by its resource).
     */
    public static List<File> read(String folder, ClassLoader loader, Function<String, RuntimeException> missing) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        String index = new String(bytes(loader, prefix + INDEX, missing), StandardCharsets.UTF_8);
        List<File> files = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String name = line.replaceFirst("#.*", "").trim();
            if (!name.isEmpty()) {
                byte[] bytes = bytes(loader, prefix + name, missing);
                files.add(new File(prefix + name, bytes, sha256(bytes)));
            }
        }
        return files;
    }

    /** The SHA-256 of {@code bytes}, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static byte[] bytes(ClassLoader loader, String resource, Function<String, RuntimeException> missing) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw missing.apply(resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
