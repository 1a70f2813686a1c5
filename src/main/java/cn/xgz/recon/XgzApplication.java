package cn.xgz.recon;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context of the batch commands; {@link cn.xgz.recon.cli.Main} is the program's entry point. */
@SpringBootApplication
public class XgzApplication {}
