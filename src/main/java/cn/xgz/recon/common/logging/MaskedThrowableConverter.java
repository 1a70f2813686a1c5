package cn.xgz.recon.common.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import cn.xgz.recon.common.PiiScrubber;

/** {@code %maskedEx}: the stack trace with ID and phone numbers masked (exception messages can quote values). */
public class MaskedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return PiiScrubber.scrub(super.throwableProxyToString(tp));
    }
}
