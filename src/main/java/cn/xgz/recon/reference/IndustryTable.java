package cn.xgz.recon.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** GB/T 4754-2017 (国民经济行业分类): 门类 letters and the 2–4 digit codes below them. */
public final class IndustryTable {

    public static final String DEFAULT_RESOURCE = "/reference/industries-gbt4754-2017.csv";

    private final Map<String, String> nameByCode = new HashMap<>();
    private final Map<String, String> parentByCode = new HashMap<>();

    private IndustryTable() {}

    public static IndustryTable standard() {
        try (InputStream in = IndustryTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IndustryTable load(InputStream in) throws IOException {
        IndustryTable t = new IndustryTable();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                t.nameByCode.put(f[0].trim(), f[1].trim());
                if (f.length > 3 && !f[3].isBlank()) {
                    t.parentByCode.put(f[0].trim(), f[3].trim());
                }
            }
        }
        return t;
    }

    /**
     * The digits of a valid 大类/中类/小类 code, accepting the {@code F5292} form when the letter is the code's
     * own 门类. Empty when the code is not in the table.
     */
    public Optional<String> normalize(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.empty();
        }
        String c = code.toUpperCase(java.util.Locale.ROOT);
        String letter = null;
        if (Character.isLetter(c.charAt(0))) {
            letter = c.substring(0, 1);
            c = c.substring(1);
        }
        if (c.length() < 2 || c.length() > 4 || !c.chars().allMatch(Character::isDigit) || !nameByCode.containsKey(c)) {
            return Optional.empty();
        }
        if (letter != null && !letter.equals(sectionOf(c))) {
            return Optional.empty();
        }
        return Optional.of(c);
    }

    /** The 门类 letter of a digit code, or {@code ""} for a blank or unknown code (its own section). */
    public String sectionOf(String digits) {
        if (digits == null || digits.isEmpty()) {
            return "";
        }
        String c = digits;
        for (int guard = 0; guard < 5 && c != null; guard++) {
            if (c.length() == 1 && Character.isLetter(c.charAt(0))) {
                return c;
            }
            c = parentByCode.get(c);
        }
        return "";
    }

    /** The name of a code (digits or letter), or empty. */
    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(code == null ? null : nameByCode.get(code));
    }
}
