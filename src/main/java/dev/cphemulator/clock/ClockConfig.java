package dev.cphemulator.clock;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

  @Bean
  VirtualClock virtualClock(ClockProperties properties) {
    return new VirtualClock(Clock.systemUTC(), properties.mode(), properties.start());
  }
}
