/**
 * Application placement on the fleet: the actions of {@code POST .../servers/action} (SPEC
 * 2.A.11-2.A.14), the jobs they fan out into, and where each version ends up (pushed to a server,
 * deployed on it, installed on its phones), which {@code GET .../servers/{id}/apps} and {@code GET
 * .../phones/{id}/apps} show. Depends on {@code fleet}, {@code apps}, {@code jobs} and {@code web}.
 */
package dev.cphemulator.deploy;
