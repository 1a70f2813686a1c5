package cn.xgz.recon.common.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import cn.xgz.recon.common.PiiScrubber;

/** {@code %maskedMsg}: the formatted message with ID and phone numbers masked. */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PiiScrubber.scrub(super.convert(event));
    }
}
