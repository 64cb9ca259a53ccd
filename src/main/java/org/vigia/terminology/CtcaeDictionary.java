package org.vigia.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The complete NCI CTCAE v5.0 term list (837 terms in 26 MedDRA system organ classes), read from the copy of
 * {@code ctcae-v5.0.csv} shipped at {@value #RESOURCE} (provenance and checks in the README next to it).
 * <p>
 * The dictionary is immutable and thread-safe; the application holds one, read once by {@link Terminology}.
 * <pre>{@code
 * CtcaeDictionary ctcae = terminology.ctcae();     // injected Terminology; tests: CtcaeDictionary.load()
 * ctcae.findByTerm("neutrophil count decreased");   // case-insensitive exact match
 * ctcae.findByMeddraCode("10029366");
 * ctcae.search("neutro", 10);                       // ranked for an autocomplete
 * }</pre>
 */
public final class CtcaeDictionary {

    /** Classpath location of the bundled CTCAE v5.0 term list. */
    public static final String RESOURCE = "/reference/ctcae/ctcae-v5.0.csv";

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final List<CtcaeTerm> terms;
    private final Map<String, CtcaeTerm> byTerm = new LinkedHashMap<>();
    private final Map<String, CtcaeTerm> byCode = new LinkedHashMap<>();
    private final List<String> socs;

    private CtcaeDictionary(List<CtcaeTerm> terms) {
        this.terms = List.copyOf(terms);
        LinkedHashSet<String> socSet = new LinkedHashSet<>();
        for (CtcaeTerm t : this.terms) {
            if (byTerm.put(key(t.term()), t) != null) {
                throw new IllegalStateException("Duplicate CTCAE term: " + t.term());
            }
            if (byCode.put(t.meddraCode(), t) != null) {
                throw new IllegalStateException("Duplicate MedDRA code: " + t.meddraCode());
            }
            socSet.add(t.soc());
        }
        this.socs = List.copyOf(socSet);
    }

    /**
     * Reads the bundled copy from the classpath. The application reads it once, through the injectable
     * {@link Terminology}; tests and tools may call this directly.
     */
    public static CtcaeDictionary load() {
        InputStream in = CtcaeDictionary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("CTCAE term list missing from the classpath: " + RESOURCE);
        }
        return read(in);
    }

    /**
     * Reads a dictionary from a UTF-8 CSV with the columns of {@code ctcae-v5.0.csv}
     * ({@code meddra_code, soc, term, grade1..grade5, definition}); RFC 4180, CRLF, quoted fields may hold LF.
     */
    public static CtcaeDictionary read(InputStream csv) {
        Objects.requireNonNull(csv, "csv");
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            List<CtcaeTerm> terms = new ArrayList<>();
            for (CSVRecord r : parser) {
                terms.add(new CtcaeTerm(r.get("meddra_code"), r.get("soc"), r.get("term"), r.get("grade1"),
                        r.get("grade2"), r.get("grade3"), r.get("grade4"), r.get("grade5"), r.get("definition")));
            }
            return new CtcaeDictionary(terms);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CTCAE term list", e);
        }
    }

    /** All terms in NCI order (by SOC, then term). */
    public List<CtcaeTerm> terms() {
        return terms;
    }

    /** The term spelled {@code term} (case-insensitive, surrounding spaces ignored). */
    public Optional<CtcaeTerm> findByTerm(String term) {
        return term == null ? Optional.empty() : Optional.ofNullable(byTerm.get(key(term)));
    }

    /** The term coded {@code meddraCode} (8-digit MedDRA code). */
    public Optional<CtcaeTerm> findByMeddraCode(String meddraCode) {
        return meddraCode == null ? Optional.empty() : Optional.ofNullable(byCode.get(meddraCode.trim()));
    }

    /** The term spelled {@code term}; throws {@link IllegalArgumentException} naming it when there is none. */
    public CtcaeTerm getByTerm(String term) {
        return findByTerm(term).orElseThrow(() -> new IllegalArgumentException("No CTCAE v5.0 term '" + term + "'"));
    }

    /** The 26 MedDRA system organ classes in NCI order. */
    public List<String> socs() {
        return socs;
    }

    /** The terms of one system organ class (case-insensitive), in NCI order. */
    public List<CtcaeTerm> termsInSoc(String soc) {
        String k = key(soc);
        return terms.stream().filter(t -> key(t.soc()).equals(k)).toList();
    }

    /**
     * Terms matching {@code query}, best first, at most {@code limit}. Ranks, highest first:
     * <ol>
     * <li>term equal to the query, or MedDRA code equal to it;</li>
     * <li>term starting with the query, or MedDRA code starting with it;</li>
     * <li>every word of the query starts a word of the term ("neut decr" finds "Neutrophil count decreased");</li>
     * <li>term containing the query;</li>
     * <li>system organ class containing the query.</li>
     * </ol>
     * Within a rank, shorter terms come first, then alphabetical order. A blank query or a limit below 1 gives
     * an empty list.
     */
    public List<CtcaeTerm> search(String query, int limit) {
        if (query == null || query.isBlank() || limit < 1) {
            return List.of();
        }
        String q = key(query);
        String[] queryWords = q.split("[^\\p{L}\\p{N}]+");
        List<Ranked> hits = new ArrayList<>();
        for (CtcaeTerm t : terms) {
            int rank = rank(t, q, queryWords);
            if (rank >= 0) {
                hits.add(new Ranked(rank, t));
            }
        }
        hits.sort(Comparator.comparingInt(Ranked::rank)
                .thenComparingInt(r -> r.term().term().length())
                .thenComparing(r -> key(r.term().term())));
        return Collections.unmodifiableList(hits.stream().limit(limit).map(Ranked::term).toList());
    }

    private static int rank(CtcaeTerm t, String q, String[] queryWords) {
        String term = key(t.term());
        if (term.equals(q) || t.meddraCode().equals(q)) {
            return 0;
        }
        if (term.startsWith(q) || t.meddraCode().startsWith(q)) {
            return 1;
        }
        if (allWordsPrefixed(term, queryWords)) {
            return 2;
        }
        if (term.contains(q)) {
            return 3;
        }
        if (key(t.soc()).contains(q)) {
            return 4;
        }
        return -1;
    }

    private static boolean allWordsPrefixed(String term, String[] queryWords) {
        String[] termWords = term.split("[^\\p{L}\\p{N}]+");
        boolean any = false;
        for (String qw : queryWords) {
            if (qw.isEmpty()) {
                continue;
            }
            any = true;
            boolean found = false;
            for (String tw : termWords) {
                if (tw.startsWith(qw)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return any;
    }

    private static String key(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    private record Ranked(int rank, CtcaeTerm term) {
    }
}
