package org.vigia.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigia.platform.ConfigKeys;
import org.vigia.shared.text.Languages;

/**
 * The licensed wording of the questionnaires, as an administrator loaded it: the files
 * {@code <INSTRUMENT>_<language>.properties} ({@code EORTC_QLQ_C30_en.properties}, {@code EORTC_QLQ_HN35_zh_CN.properties};
 * languages {@code en}, {@code zh_CN}, {@code fr}; format in {@link WordingFile}) of the directory named by
 * {@value org.vigia.platform.ConfigKeys#INSTRUMENT_WORDING_DIR} (unset: none), read once at start-up
 * ({@code org.vigia.form.InstrumentWordingRegistry}). A file that cannot
 * be used is logged SEVERE with its name and line and left out; the application starts all the same. A questionnaire
 * without a file in the reader's language shows its neutral labels (never another language's licensed text). The
 * wording is shown on the form screen only: the API's form definitions keep the neutral labels.
 * <pre>{@code
 * InstrumentWording wording = InstrumentWording.of(Path.of("/etc/vigia/eortc-wording"));
 * Optional<String> q1 = wording.question("EORTC_QLQ_C30", 1, Locale.ENGLISH);   // empty: the neutral label
 * }</pre>
 */
public final class InstrumentWording {

    private static final Logger LOG = Logger.getLogger(InstrumentWording.class.getName());

    private static final Pattern FILE = Pattern.compile("([A-Z0-9_]+?)_(en|zh_CN|fr)\\.properties");

    /** The files loaded, by {@code <INSTRUMENT>_<language>}. */
    private final Map<String, WordingFile> files;

    private InstrumentWording(Map<String, WordingFile> files) {
        this.files = Map.copyOf(files);
    }

    /** The wording of the files in {@code dir} (what the application loads at start-up from its configured directory). */
    public static InstrumentWording of(Path dir) {
        return new InstrumentWording(read(dir));
    }

    /** No licensed wording: every questionnaire shows its neutral labels. */
    public static InstrumentWording none() {
        return new InstrumentWording(Map.of());
    }

    /** The licensed text of item {@code number} of {@code instrument} in {@code locale}'s language, if loaded. */
    public Optional<String> question(String instrument, int number, Locale locale) {
        return file(instrument, locale).map(f -> f.question(number));
    }

    /** The licensed wording file of {@code instrument} in {@code locale}'s language (English for another), if loaded. */
    public Optional<WordingFile> file(String instrument, Locale locale) {
        return instrument == null ? Optional.empty()
                : Optional.ofNullable(files.get(instrument + "_" + Languages.orEnglish(locale)));
    }

    /** The names of the files loaded ({@code EORTC_QLQ_C30_en}, ...), sorted. */
    public List<String> loaded() {
        return files.keySet().stream().sorted().toList();
    }

    private static Map<String, WordingFile> read(Path dir) {
        Map<String, WordingFile> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            LOG.severe(() -> ConfigKeys.INSTRUMENT_WORDING_DIR + " names " + dir.toAbsolutePath()
                    + ", which is not a directory: no licensed questionnaire wording loaded");
            return out;
        }
        List<Path> paths;
        try (Stream<Path> list = Files.list(dir)) {
            paths = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot list the licensed questionnaire wording directory " + dir.toAbsolutePath()
                    + ": no licensed questionnaire wording loaded", e);
            return out;
        }
        for (Path p : paths) {
            String name = p.getFileName().toString();
            Matcher m = FILE.matcher(name);
            Optional<Instrument> instrument = m.matches() ? Instrument.find(m.group(1)) : Optional.empty();
            if (instrument.isEmpty()) {
                LOG.warning(() -> "Ignored " + p.toAbsolutePath() + " in the licensed questionnaire wording directory:"
                        + " expected <instrument>_<en|zh_CN|fr>.properties, instrument one of "
                        + java.util.Arrays.toString(Instrument.values()));
                continue;
            }
            try (InputStream in = Files.newInputStream(p)) {
                WordingFile f = WordingFile.read(instrument.get(), p.toAbsolutePath().toString(), in);
                out.put(m.group(1) + "_" + m.group(2), f);
                LOG.info(() -> "Loaded the licensed wording of " + m.group(1) + " (" + m.group(2) + ") from "
                        + p.toAbsolutePath());
            } catch (WordingFile.Invalid e) {
                LOG.severe(() -> "Licensed questionnaire wording ignored: " + e.getMessage()
                        + "; the neutral labels stay in that language");
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "Licensed questionnaire wording ignored: cannot read " + p.toAbsolutePath()
                        + "; the neutral labels stay in that language", e);
            }
        }
        return out;
    }
}
