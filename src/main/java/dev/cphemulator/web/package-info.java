/**
 * The CPH wire conventions shared by every feature: the error catalogue and its one exception, the
 * error body and the advice that renders it (for our errors and Spring's own), request ids, project
 * ids as namespaces, paging, the time format, body limits. Depends on nothing else in the emulator.
 */
@ApplicationModule(allowedDependencies = {})
package dev.cphemulator.web;

import org.springframework.modulith.ApplicationModule;
