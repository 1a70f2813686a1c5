package cn.xgz.recon.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * Reads {@code .properties} files (application.properties and any {@code spring.config.additional-location}) as
 * UTF-8. Spring Boot's own loader reads them as ISO-8859-1, which turns every Chinese setting (填报单位) into
 * mojibake. Registered in {@code META-INF/spring.factories} ahead of Boot's loader, which then never sees a
 * {@code .properties} file. A file that is not valid UTF-8 (saved as GBK, say) is refused with its name and
 * line rather than read garbled. A leading byte-order mark (Windows Notepad) is skipped.
 */
public final class Utf8PropertiesLoader implements PropertySourceLoader, Ordered {

    @Override
    public String[] getFileExtensions() {
        return new String[] {"properties"};
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        }
        Map<String, Object> values = parse(bytes, resource.getDescription());
        if (values.isEmpty()) {
            return List.of();
        }
        return List.of(new OriginTrackedMapPropertySource(name, values, true));
    }

    /** The settings of a properties file's bytes, in file order; the keys and values as {@link Properties} reads them. */
    static Map<String, Object> parse(byte[] bytes, String description) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("配置文件 " + description + " 不是 UTF-8 编码（第 " + lineOfFirstBadByte(bytes, start)
                    + " 行），请以 UTF-8 另存后重试");
        }
        Map<String, Object> inOrder = new LinkedHashMap<>();
        Properties p = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                inOrder.put((String) key, value);
                return super.put(key, value);
            }
        };
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("配置文件 " + description + " 无法读取：" + e.getMessage(), e);
        }
        return inOrder;
    }

    /** The line of the first byte sequence that is not UTF-8 (the decoder replaces it with U+FFFD). */
    private static int lineOfFirstBadByte(byte[] bytes, int start) {
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        int bad = lenient.indexOf('\uFFFD');
        return 1 + (int) lenient.substring(0, Math.max(0, bad)).chars().filter(c -> c == '\n').count();
    }
}
