package dev.cphemulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the emulator: a local stand-in for Huawei Cloud Phone Host (CPH) on one port. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CphEmulatorApplication {

  public static void main(String[] args) {
    SpringApplication.run(CphEmulatorApplication.class, args);
  }
}
