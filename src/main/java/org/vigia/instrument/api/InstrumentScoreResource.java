package org.vigia.instrument.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vigia.instrument.EortcScoring;
import org.vigia.instrument.Instrument;
import org.vigia.instrument.InstrumentScores;
import org.vigia.platform.api.JacksonJson;
import org.vigia.platform.api.StrictJson;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Scores a completed EORTC questionnaire with {@link EortcScoring}: a calculator, nothing is stored. Any signed-in
 * user may call it (no role beyond the API's sign-in, as the RECIST calculator; a user whose only role is DMC member
 * is refused by the DMC scope, as for every call outside the DMC reports).
 * <pre>
 * POST /api/v1/instruments/EORTC_QLQ_C30/scores  {"answers": {"1": 2, "2": 1, "29": 5, "30": null}}
 * → 200 {"instrument": "EORTC_QLQ_C30", "scales": {"QL2": 66.67, "PF2": null, ..., "SUMSC": null}}
 * </pre>
 * Every score of the instrument is present, null when it cannot be scored; values have 2 decimals, rounded half up
 * from the exact score. Unknown instrument: 404; an unknown item, a value that is not a whole number or out of the
 * item's codes: 400 naming {@code answers.<item>}.
 */
@Path("instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "EORTC QLQ-C30 v3.0 and QLQ-H&N35 scoring (EORTC scoring manual, 3rd ed.)")
public class InstrumentScoreResource {

    /** Entries of {@code answers} at most: every item of the longest questionnaire, and room for a few unknown ones. */
    static final int MAX_ANSWERS = 100;

    static final String EXAMPLE = """
            {"answers": {"1": 1, "2": 1, "3": 1, "4": 1, "5": 1, "6": 1, "7": 2, "8": 1, "9": 2, "10": 2,
                         "11": 1, "12": 2, "13": 1, "14": 1, "15": 1, "16": 1, "17": 1, "18": 2, "19": 1, "20": 1,
                         "21": 2, "22": 2, "23": 1, "24": 1, "25": 1, "26": 1, "27": 1, "28": 1, "29": 5, "30": 5}}""";
    private static final String EXAMPLE_RESULT = """
            {"instrument": "EORTC_QLQ_C30", "scales": {"QL2": 66.67, "PF2": 100.00, "RF2": 83.33, "EF": 83.33,
             "CF": 100.00, "SF": 100.00, "FA": 33.33, "NV": 0.00, "PA": 16.67, "DY": 0.00, "SL": 0.00, "AP": 0.00,
             "CO": 0.00, "DI": 0.00, "FI": 0.00, "SUMSC": 93.59}}""";

    /**
     * The request: item number (the questionnaire's own, as text) → answer code; null or absent: not answered. Each
     * value is read by {@link AnswerValue}: a whole number as it is, anything else as its JSON text, refused later
     * naming its item.
     */
    public record ScoresBody(@JsonDeserialize(contentUsing = AnswerValue.class) Map<String, Object> answers) {
    }

    /** The answer: every score of the instrument by its abbreviation, in the manual's order, null when missing. */
    public record ScoresJson(String instrument, Map<String, BigDecimal> scales) {
    }

    @POST
    @Path("{instrument}/scores")
    @Operation(summary = "Score a completed EORTC questionnaire",
            description = "instrument: EORTC_QLQ_C30 (items 1-28 coded 1-4, 29-30 coded 1-7) or EORTC_QLQ_HN35 (the "
                    + "module's own numbers 1-35 = booklet questions 31-65; items 1-30 coded 1-4, 31-35 coded 1 = no, "
                    + "2 = yes). answers: item number → code, null or absent when not answered. A scale is scored when "
                    + "at least half of its items are answered (mean of those answered), a single item when answered; "
                    + "SUMSC (QLQ-C30 summary score) needs all 13 of its components. Scores 0-100 with 2 decimals, "
                    + "rounded half up from the exact value; null when missing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "QLQ-C30 complete", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Every score of the instrument",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "QLQ-C30 complete", value = EXAMPLE_RESULT)))
    @APIResponse(responseCode = "400", description = "Bad answers: {\"error\",\"message\",\"fields\": {\"answers.<item>\": ...}}")
    @APIResponse(responseCode = "404", description = "Unknown instrument")
    public Response score(@PathParam("instrument") String name, String body) {
        return JacksonJson.ok(scores(name, body));
    }

    /** The call without its HTTP wrapping: the instrument by name (404), the body read strictly, the scores. */
    static ScoresJson scores(String name, String body) {
        Instrument instrument = Instrument.find(name).orElseThrow(() -> new RecordNotFound(Text.of(Bundle.INSTRUMENT,
                "instrument.notFound", clip(name), Arrays.stream(Instrument.values()).map(Instrument::name)
                        .collect(Collectors.joining(", ")))));
        ScoresBody request = StrictJson.read(body, ScoresBody.class);
        if (request.answers() == null) {
            throw new InvalidInput("answers", Text.of(Bundle.MESSAGES, "error.required", "answers"));
        }
        if (request.answers().size() > MAX_ANSWERS) {
            throw new InvalidInput("answers", Text.of(Bundle.INSTRUMENT, "instrument.answers.tooMany",
                    request.answers().size(), MAX_ANSWERS));
        }
        InstrumentScores scores = new EortcScoring().score(instrument, request.answers());
        return new ScoresJson(instrument.name(), scores.rounded());
    }

    /**
     * One answer as sent: a JSON number without decimals as a {@link BigInteger} (any size: out of range is refused
     * by the scoring, naming the item); JSON null as null; anything else (2.5, 2.0, 1e0, "3", true, [2], {}) as its
     * JSON text exactly as sent, which the scoring refuses as not a whole number, echoing it.
     */
    static final class AnswerValue extends StdDeserializer<Object> {

        AnswerValue() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return p.getBigIntegerValue();
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return p.getText();
            }
            if (token == JsonToken.VALUE_STRING) {
                return StrictJson.MAPPER.writeValueAsString(p.getText());
            }
            JsonNode tree = ctxt.readTree(p);
            return tree == null ? null : tree.toString();
        }
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
