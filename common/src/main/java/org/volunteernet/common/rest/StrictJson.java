package org.volunteernet.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read strictly: a key given twice ({@code {"district":"230102","district":"230110"}})
 * is an error the client hears about (400 naming the key), never "the last one wins" (RFC 8259 §4
 * leaves duplicates undefined, and two readers may disagree about which one counts); so is text after
 * the JSON value.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // {"name":"x"} garbage: the whole body must be the one JSON value, not a prefix of it
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
