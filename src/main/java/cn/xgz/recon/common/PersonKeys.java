package cn.xgz.recon.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonymous key of a person: {@code P} and the first 16 hex digits of HMAC-SHA256(secret, ID). The same
 * person gets the same key in every run of one installation, so findings keep their identity without the ID.
 */
public final class PersonKeys {

    /** The environment variable that supplies the installation's secret. */
    public static final String SECRET_ENV = "XGZ_PII_SECRET";

    /** The secret file in the data directory, used when the variable is not set. */
    public static final String SECRET_FILE = "pii-secret.key";

    private final byte[] secret;

    public PersonKeys(byte[] secret) {
        this.secret = secret.clone();
    }

    /** The secret from {@code XGZ_PII_SECRET}, else the data directory's secret file (created owner-only once). */
    public static PersonKeys forInstallation(Path dataDir) {
        String env = System.getenv(SECRET_ENV);
        if (env != null && !env.isEmpty()) {
            return new PersonKeys(env.getBytes(StandardCharsets.UTF_8));
        }
        return new PersonKeys(loadOrCreateSecret(dataDir.resolve(SECRET_FILE)));
    }

    static byte[] loadOrCreateSecret(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                String hex = HexFormat.of().formatHex(bytes);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException e) {
                    return Files.readString(file, StandardCharsets.US_ASCII).trim().getBytes(StandardCharsets.UTF_8);
                }
                Files.writeString(file, hex, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或创建个人信息密钥文件 " + file, e);
        }
    }

    /**
     * HMAC-SHA256 of {@code purpose|message} under the installation's secret, in hex: a signature only this
     * installation can make (the purpose keeps it apart from person keys). Used to sign a workbook's scope.
     */
    public String sign(String purpose, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((purpose + "|" + message).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The person key of an 18-character ID number (upper-cased before hashing). */
    public String keyOf(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] h = mac.doFinal(idNumber.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "P" + HexFormat.of().formatHex(h, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
