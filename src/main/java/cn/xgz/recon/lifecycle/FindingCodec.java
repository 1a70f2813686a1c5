package cn.xgz.recon.lifecycle;

import cn.xgz.recon.common.binary.BinaryIn;
import cn.xgz.recon.common.binary.BinaryOut;
import cn.xgz.recon.rules.Finding;
import cn.xgz.recon.rules.FindingStatus;
import cn.xgz.recon.rules.RuleCode;
import cn.xgz.recon.rules.SubjectType;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Findings to and from the gzip'd binary parts of a run's snapshot. */
final class FindingCodec {

    private FindingCodec() {}

    static byte[] encode(List<Finding> findings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(findings.size() * 40 + 64);
        try (BinaryOut out = new BinaryOut(fastGzip(bytes))) {
            out.intValue(findings.size());
            for (Finding f : findings) {
                out.enumValue(f.rule());
                out.enumValue(f.subjectType());
                out.string(f.subjectKey());
                out.string(f.subjectName());
                out.string(f.regionCode());
                out.string(f.marketId());
                out.longValue(f.metric());
                out.string(f.basis());
                out.string(f.detail());
                out.enumValue(f.status());
                out.date(f.firstSeen());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Gzip at the fastest level: millions of findings are stored every night, and level 6 was three times slower for ~10% less. */
    private static GZIPOutputStream fastGzip(ByteArrayOutputStream bytes) throws IOException {
        return new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    static List<Finding> decode(byte[] payload) {
        return decode(payload, (rule, key) -> false);
    }

    /**
     * @param keyOnly the findings of which only rule, subject, status and first_seen are wanted (the lifecycle of
     *     a finding that is still open): the others' text is skipped, not made into a million strings
     */
    static List<Finding> decode(byte[] payload, BiPredicate<RuleCode, String> keyOnly) {
        try (BinaryIn in = new BinaryIn(new BufferedInputStream(new GZIPInputStream(new ByteArrayInputStream(payload), 1 << 16), 1 << 16))) {
            int n = in.intValue();
            List<Finding> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                RuleCode rule = in.enumValue(RuleCode.class);
                SubjectType type = in.enumValue(SubjectType.class);
                String key = in.string();
                if (keyOnly.test(rule, key)) {
                    in.skipString();
                    in.skipString();
                    in.skipString();
                    in.skipLong();
                    in.skipString();
                    in.skipString();
                    list.add(new Finding(rule, type, key, null, null, null, 0, null, null,
                            in.enumValue(FindingStatus.class), in.date()));
                } else {
                    list.add(new Finding(rule, type, key,
                            in.string(),
                            in.string(),
                            in.string(),
                            in.longValue(),
                            in.string(),
                            in.string(),
                            in.enumValue(FindingStatus.class),
                            in.date()));
                }
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("历史发现快照已损坏", e);
        }
    }
}
