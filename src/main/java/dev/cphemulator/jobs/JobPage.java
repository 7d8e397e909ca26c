package dev.cphemulator.jobs;

import java.util.List;

/**
 * One page of a project's jobs.
 *
 * @param count how many jobs the project holds in all
 * @param jobs this page of them
 */
public record JobPage(int count, List<JobView> jobs) {}
