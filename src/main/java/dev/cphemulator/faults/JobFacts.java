package dev.cphemulator.faults;

import java.util.Set;

/**
 * What a rule can match a job on.
 *
 * @param jobTypeKeys the keys that name the job's type: its name and, for application jobs, its CPH
 *     number as text ({@code "install"}, {@code "32"})
 */
public record JobFacts(
    String projectId,
    Set<String> jobTypeKeys,
    String serverId,
    String phoneId,
    String appVersionId) {}
