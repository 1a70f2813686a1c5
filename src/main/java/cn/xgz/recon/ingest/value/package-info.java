/** Cell-level cleaning and parsing: text, dates, booleans, integers, and the marks Excel leaves on long codes. */
package cn.xgz.recon.ingest.value;
