package cn.xgz.recon.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Structured values in a step's execution context, stored as JSON strings so they survive any context
 * serializer and read the same after a restart.
 */
public final class ContextJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ContextJson() {}

    public static void put(ExecutionContext ctx, String key, Object value) {
        try {
            ctx.putString(key, MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T get(ExecutionContext ctx, String key, TypeReference<T> type, T fallback) {
        if (ctx == null || !ctx.containsKey(key)) {
            return fallback;
        }
        try {
            return MAPPER.readValue(ctx.getString(key), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
