package cn.xgz.recon.nightly;

import cn.xgz.recon.common.Durations;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/**
 * Numbered console lines for the top-level steps of every job: 「[3/7] reconcile：开始」 and 「[3/7] reconcile：完成，用时
 * 1分05秒」, so an operator sees where a run is and how far it has to go. Registered on every step bean here, in one
 * place, rather than in each step's wiring; the numbers come from the job's own order of steps.
 */
@Component
class StepLines implements BeanPostProcessor, ApplicationContextAware {

    private static final Logger log = LoggerFactory.getLogger(StepLines.class);

    private final Set<String> topLevel = ConcurrentHashMap.newKeySet();
    private ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.context = applicationContext;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractStep step) {
            topLevel.add(step.getName());
            step.registerStepExecutionListener(new Line());
        }
        return bean;
    }

    /** 「[3/7] reconcile」, or the bare name when the job's order is not known. */
    String label(StepExecution s) {
        String jobName = s.getJobExecution().getJobInstance().getJobName();
        if (context != null && context.containsBean(jobName) && context.getBean(jobName) instanceof Job job
                && job instanceof ListableStepLocator locator) {
            List<String> order = locator.getStepNames().stream().filter(topLevel::contains).distinct().toList();
            int i = order.indexOf(s.getStepName());
            if (i >= 0) {
                return "[" + (i + 1) + "/" + order.size() + "] " + s.getStepName();
            }
        }
        return s.getStepName();
    }

    private final class Line implements StepExecutionListener {

        @Override
        public void beforeStep(StepExecution s) {
            log.info("{}：开始", label(s));
        }

        @Override
        public ExitStatus afterStep(StepExecution s) {
            LocalDateTime start = s.getStartTime();
            String took = start == null ? "—" : Durations.format(Duration.between(start, LocalDateTime.now()));
            if (s.getStatus().isUnsuccessful()) {
                log.warn("{}：失败，用时 {}", label(s), took);
            } else {
                log.info("{}：完成{}，用时 {}", label(s), s.getReadCount() > 0 ? String.format("，%,d 行", s.getReadCount()) : "", took);
            }
            return s.getExitStatus();
        }
    }
}
