package org.vigia.form;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.vigia.instrument.InstrumentWording;
import org.vigia.platform.ConfigKeys;

/**
 * The licensed questionnaire wording of the application ({@link InstrumentWording}), read once at start-up from the
 * directory named by {@value org.vigia.platform.ConfigKeys#INSTRUMENT_WORDING_DIR} (unset: none, the neutral labels).
 * A file that cannot be used is logged SEVERE and left out; the start-up goes on. Only the form screen shows it: the
 * API's form definitions keep the neutral labels.
 */
@ApplicationScoped
public class InstrumentWordingRegistry {

    private static final Logger LOG = Logger.getLogger(InstrumentWordingRegistry.class.getName());

    private volatile InstrumentWording wording = InstrumentWording.none();

    @PostConstruct
    void load() {
        Optional<String> dir = ConfigProvider.getConfig(InstrumentWordingRegistry.class.getClassLoader())
                .getOptionalValue(ConfigKeys.INSTRUMENT_WORDING_DIR, String.class).filter(d -> !d.isBlank());
        if (dir.isEmpty()) {
            LOG.info(() -> "No licensed questionnaire wording (" + ConfigKeys.INSTRUMENT_WORDING_DIR
                    + " not set): the questionnaires show their neutral labels");
            return;
        }
        wording = InstrumentWording.of(Path.of(dir.get().strip()));
        LOG.info(() -> "Licensed questionnaire wording loaded: " + (wording.loaded().isEmpty() ? "none"
                : String.join(", ", wording.loaded())));
    }

    /** Reads the wording at start-up rather than when the first form is shown (its log belongs to the start-up). */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.fine(() -> "Licensed questionnaire wording: " + wording.loaded());
    }

    /** The wording loaded at start-up. */
    public InstrumentWording wording() {
        return wording;
    }
}
