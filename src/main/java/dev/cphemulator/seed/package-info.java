/**
 * Fleet files: the YAML or JSON documents that describe the servers, phones, applications and fault
 * rules a project starts from. Reads and checks them (one message naming the file, the field and
 * the problem), expands the {@code generate} shorthand into large reproducible fleets, and hands
 * the templates to {@code fleet}, {@code apps} and {@code faults}. The embedded default fleet is
 * {@code classpath:fleet/default-fleet.yaml}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "web", "fleet", "apps", "faults", "jobs"})
package dev.cphemulator.seed;

import org.springframework.modulith.ApplicationModule;
