package cn.xgz.recon.feedback;

import java.time.LocalDate;

/** What an import checks a 指定主体 decision against: the registrations of the latest completed run. */
public interface KnownRegistrations {

    /** The run whose registrations these are; null when no completed run stored them (none yet, or before V31). */
    LocalDate runDate();

    /** Whether the USCC is one of that run's registrations (false when {@link #runDate()} is null). */
    boolean registered(String uscc);
}
