package org.volunteernet.common.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * One spelling of text beyond the Basic Multilingual Plane in every service's answers: an emoji or a rare CJK
 * character of Extension B ({@code 𠀀}, which some Chinese names use) is written as its four UTF-8 bytes, as
 * RFC 8259 §8.1 prefers, never as an escaped surrogate pair ({@code \ud83c\udf38}). Jackson's byte writer escapes
 * such pairs unless told otherwise while its text writer does not, so without this an answer written to the
 * wire and the same answer stored as text (the Idempotency-Key replay) differed byte for byte.
 */
@Singleton
public class JsonOutput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }
}
