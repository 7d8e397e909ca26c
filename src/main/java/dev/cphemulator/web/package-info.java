/**
 * The HTTP edge: everything between a socket and a feature's controller. Filters give every request
 * its id ({@code X-Request-Id}), cap its body and the time it may take, and, for a CPH path, read
 * the project id ({@link dev.cphemulator.web.CphPaths#projectId}, the one parser) and take the
 * project's lock ({@link dev.cphemulator.web.ProjectFilter}) while the handler reads and changes
 * the project: the state changes of one project run one at a time (the simplest discipline that
 * needs no lock, callback or undo behind the edge), while different projects run in parallel. The
 * lock is released once the answer is made, before it is written ({@link
 * dev.cphemulator.web.LeaveBeforeWriting}): the answer is a snapshot taken under the lock, so a
 * large answer or a client slow to read it keeps no other request of the project waiting. {@link
 * dev.cphemulator.web.WebConfig} hands controllers their project, request id and state as method
 * parameters.
 *
 * <p>Every error leaves through one writer ({@code CphErrorWriter}) as the CPH body {@code
 * {request_id, error_code, error_msg}}: the catalogue's own errors, broken constraints (through
 * {@link dev.cphemulator.kernel.CphViolations}), Spring's (unknown path, wrong method, unreadable
 * or unknown JSON, 415, 413) and the servlet container's (through a Tomcat valve). JSON is read
 * strictly ({@link dev.cphemulator.web.StrictJson}): unknown fields, coerced types and duplicate
 * keys are refused.
 */
@ApplicationModule(allowedDependencies = {"kernel"})
package dev.cphemulator.web;

import org.springframework.modulith.ApplicationModule;
