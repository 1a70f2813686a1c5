/**
 * {@code jobs/xgz schedule}: {@link cn.xgz.recon.schedule.Scheduler#create} with
 * {@link cn.xgz.recon.schedule.ScheduleSettings#load} of {@code jobs/schedule.properties}, then {@code run()}. It
 * starts {@code jobs/xgz nightly} and {@code jobs/xgz half-year} as child processes on their cron expressions, one
 * at a time, logs every start and outcome with the meaning of its exit code, and keeps going after a failed run.
 * {@code jobs/crontab} holds the same schedule for system cron.
 */
package cn.xgz.recon.schedule;
