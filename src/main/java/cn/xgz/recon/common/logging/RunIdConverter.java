package cn.xgz.recon.common.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %runId}: the run this line belongs to (the MDC's, or the process's for the job's worker threads). */
public class RunIdConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String id = event.getMDCPropertyMap().get(RunLog.MDC_KEY);
        return id != null ? id : RunLog.id();
    }
}
